// Client settings, read per document through `workspace/configuration`.
// **Invariant:** settings never live in server globals; the only copy is this
// per-document cache, dropped whenever the client says the settings changed.

import type {RuleSetting} from '@lessonlint/core'
import type {Connection} from 'vscode-languageserver'
import {DEFAULT_SETTINGS, type LessonlintSettings, type RunMode, SETTINGS_SECTION} from './protocol.js'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whatever the client sent, made into complete settings (unknown or ill-typed values fall back to defaults). */
export function normalizeSettings(raw: unknown): LessonlintSettings {
  const settings: LessonlintSettings = {...DEFAULT_SETTINGS, rules: {}, trace: {...DEFAULT_SETTINGS.trace}}
  if (!isRecord(raw)) return settings
  if (typeof raw['enable'] === 'boolean') settings.enable = raw['enable']
  if (raw['run'] === 'onType' || raw['run'] === 'onSave') settings.run = raw['run'] as RunMode
  if (isRecord(raw['rules'])) settings.rules = raw['rules'] as Record<string, RuleSetting>
  if (raw['documents'] === 'proposals' || raw['documents'] === 'all') settings.documents = raw['documents']
  if (typeof raw['requireConfig'] === 'boolean') settings.requireConfig = raw['requireConfig']
  if (raw['locale'] === 'en' || raw['locale'] === 'fr' || raw['locale'] === 'es') settings.locale = raw['locale']
  const trace = raw['trace']
  if (isRecord(trace) && (trace['server'] === 'off' || trace['server'] === 'messages' || trace['server'] === 'verbose')) {
    settings.trace.server = trace['server']
  }
  return settings
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<LessonlintSettings>>()

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
  ) {}

  get(uri: string): Promise<LessonlintSettings> {
    let settings = this.cache.get(uri)
    if (settings === undefined) {
      settings = this.fetch(uri)
      this.cache.set(uri, settings)
    }
    return settings
  }

  private async fetch(uri: string): Promise<LessonlintSettings> {
    if (!this.supportsConfiguration()) return normalizeSettings(undefined)
    try {
      return normalizeSettings(await this.connection.workspace.getConfiguration({scopeUri: uri, section: SETTINGS_SECTION}))
    } catch {
      // A client that fails the request must not stop linting: use the defaults.
      return normalizeSettings(undefined)
    }
  }

  delete(uri: string): void {
    this.cache.delete(uri)
  }

  clear(): void {
    this.cache.clear()
  }
}
