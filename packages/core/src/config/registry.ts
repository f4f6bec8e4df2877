import type {ConfigFile, Rule} from '../types.js'

/** What config checking needs from the rule pack: its rules and its presets. The core knows no rule. */
export interface RuleRegistry {
  rules: ReadonlyMap<string, Rule> | readonly Rule[]
  /** Named configurations for `extends` (`lessonlint:recommended`, `lessonlint:all`, `lessonlint:development`). */
  presets?: Readonly<Record<string, ConfigFile>>
}

export const RECOMMENDED_PRESET = 'lessonlint:recommended'

export function ruleMap(rules: ReadonlyMap<string, Rule> | readonly Rule[]): ReadonlyMap<string, Rule> {
  if (rules instanceof Map) return rules
  return new Map((rules as readonly Rule[]).map((rule) => [rule.meta.id, rule]))
}

export function ruleList(rules: ReadonlyMap<string, Rule> | readonly Rule[]): readonly Rule[] {
  return rules instanceof Map ? [...rules.values()] : (rules as readonly Rule[])
}
