// Which files are never linted: node_modules and .git always; `.lessonlintignore`
// in cwd; the config's `ignores`; `.gitignore` files unless the config says
// `gitignore: false`. All in .gitignore syntax (the `ignore` package).
import {existsSync, readFileSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import type {LoadedConfig} from '../config/resolve.js'

export const LESSONLINTIGNORE = '.lessonlintignore'
const ALWAYS_SKIPPED = new Set(['node_modules', '.git'])

function toPosix(path: string): string {
  return sep === '\\' ? path.split('\\').join('/') : path
}

/** `file` relative to `dir` in posix form, or undefined when it is not inside `dir`. */
function inside(dir: string, file: string): string | undefined {
  const rel = relative(dir, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
  return toPosix(rel)
}

function readIgnoreFile(file: string): Ignore | undefined {
  if (!existsSync(file)) return undefined
  return ignore().add(readFileSync(file, 'utf8'))
}

/** Why a file is ignored, for the warning about a file named explicitly. */
export type IgnoreReason = 'node_modules' | '.git' | typeof LESSONLINTIGNORE | '.gitignore' | 'ignores'

export class IgnoreChecker {
  private readonly lessonlintignore: Ignore | undefined
  private readonly gitignores = new Map<string, Ignore | undefined>()
  private readonly gitRoots = new Map<string, string | undefined>()
  private readonly configIgnores = new WeakMap<LoadedConfig, Array<{baseDir: string; ignore: Ignore}>>()

  constructor(private readonly cwd: string) {
    this.lessonlintignore = readIgnoreFile(join(cwd, LESSONLINTIGNORE))
  }

  /**
   * The reason `file` (absolute) is ignored under `config`, or undefined when it is
   * linted. With `useIgnoreFiles` false (`--no-ignore`) only node_modules and .git count.
   * `isFolder` asks about a folder, for patterns such as `drafts/` that match folders only.
   */
  reason(file: string, config: LoadedConfig, useIgnoreFiles = true, isFolder = false): IgnoreReason | undefined {
    const rel = inside(this.cwd, file)
    const segments = toPosix(rel ?? file).split('/')
    for (const segment of isFolder ? segments : segments.slice(0, -1)) {
      if (ALWAYS_SKIPPED.has(segment)) return segment as IgnoreReason
    }
    if (!useIgnoreFiles) return undefined
    const slash = isFolder ? '/' : ''
    if (rel !== undefined && this.lessonlintignore?.ignores(rel + slash)) return LESSONLINTIGNORE
    for (const {baseDir, ignore: matcher} of this.ignoresOf(config)) {
      const local = inside(baseDir, file)
      if (local !== undefined && matcher.ignores(local + slash)) return 'ignores'
    }
    if (config.gitignore && this.gitIgnored(file, slash)) return '.gitignore'
    return undefined
  }

  private ignoresOf(config: LoadedConfig): Array<{baseDir: string; ignore: Ignore}> {
    let list = this.configIgnores.get(config)
    if (!list) {
      list = config.ignores.map(({baseDir, patterns}) => ({baseDir, ignore: ignore().add(patterns)}))
      this.configIgnores.set(config, list)
    }
    return list
  }

  private gitRoot(dir: string): string | undefined {
    if (this.gitRoots.has(dir)) return this.gitRoots.get(dir)
    const parent = dirname(dir)
    const root = existsSync(join(dir, '.git')) ? dir : parent === dir ? undefined : this.gitRoot(parent)
    this.gitRoots.set(dir, root)
    return root
  }

  private gitignoreIn(dir: string): Ignore | undefined {
    if (!this.gitignores.has(dir)) this.gitignores.set(dir, readIgnoreFile(join(dir, '.gitignore')))
    return this.gitignores.get(dir)
  }

  /**
   * Each .gitignore from the repository root (or cwd, outside a repository) down
   * to the file's folder applies to the paths below it; a deeper one may re-include.
   */
  private gitIgnored(file: string, slash = ''): boolean {
    const dir = dirname(file)
    const top = this.gitRoot(dir) ?? (inside(this.cwd, file) !== undefined ? this.cwd : dir)
    const chain: string[] = []
    for (let current = dir; ; current = dirname(current)) {
      chain.unshift(current)
      if (current === top || dirname(current) === current) break
    }
    let ignored = false
    for (const folder of chain) {
      const matcher = this.gitignoreIn(folder)
      const rel = matcher && inside(folder, file)
      if (!matcher || rel === undefined) continue
      const verdict = matcher.test(rel + slash)
      if (verdict.ignored) ignored = true
      else if (verdict.unignored) ignored = false
    }
    return ignored
  }
}
