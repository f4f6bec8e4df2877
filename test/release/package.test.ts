// What `pnpm publish -r` would publish, checked as a registry user would meet it:
// complete metadata, LICENSE and README, no `workspace:` range, source maps that
// resolve inside the tarball, and publint and arethetypeswrong with nothing to say.
import {execFile} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join, posix} from 'node:path'
import {promisify} from 'node:util'
import {publint} from 'publint'
import {formatMessage} from 'publint/utils'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {packWorkspace, readTarball, ROOT, rootManifest, type TarballEntry} from './helpers.js'
import type {PackedPackage} from '../../scripts/release-pack.mjs'

interface Manifest {
  name: string
  version: string
  description?: string
  keywords?: string[]
  homepage?: string
  bugs?: {url?: string}
  repository?: {type?: string; url?: string; directory?: string}
  license?: string
  author?: string
  type?: string
  main?: string
  types?: string
  exports?: Record<string, unknown>
  engines?: {node?: string}
  publishConfig?: {access?: string}
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

const execFileAsync = promisify(execFile)

const EXPECTED = ['@lessonlint/core', '@lessonlint/language-server', '@lessonlint/rules-ilo', 'lessonlint']

let work: Awaited<ReturnType<typeof packWorkspace>>
const contents = new Map<string, Map<string, Buffer>>()
const manifests = new Map<string, Manifest>()

beforeAll(async () => {
  work = await packWorkspace()
  for (const {name, tarball} of work.packed) {
    const files = new Map(readTarball(tarball).map((entry: TarballEntry) => [entry.path.replace(/^package\//, ''), entry.content]))
    contents.set(name, files)
    manifests.set(name, JSON.parse(files.get('package.json')!.toString('utf8')) as Manifest)
  }
}, 120_000)

afterAll(() => work?.cleanup())

const each = () => EXPECTED.map((name) => [name] as const)
const packedOf = (name: string): PackedPackage => work.packed.find((entry) => entry.name === name)!

test('release:pack packs exactly the published packages (the extension is private, shipped as a .vsix)', () => {
  expect(work.packed.map((entry) => entry.name).sort()).toEqual(EXPECTED)
})

test('the packages and the extension share one version (they are released in lockstep)', () => {
  const extension = JSON.parse(readFileSync(join(ROOT, 'extension/package.json'), 'utf8')) as Manifest
  expect(new Set([...work.packed.map((entry) => entry.version), extension.version]).size).toBe(1)
})

describe.each(each())('%s', (name) => {
  test('has complete metadata, the engines of the workspace, and public access for scoped names', () => {
    const manifest = manifests.get(name)!
    expect(manifest.description).toMatch(/\w{10}/)
    expect(manifest.keywords?.length).toBeGreaterThanOrEqual(3)
    expect(manifest.license).toBe('MIT')
    expect(manifest.author).toBeTruthy()
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/lessonlint\/lessonlint\//)
    expect(manifest.bugs?.url).toBe('https://github.com/lessonlint/lessonlint/issues')
    expect(manifest.repository).toEqual({
      type: 'git',
      url: 'git+https://github.com/lessonlint/lessonlint.git',
      directory: posix.relative(ROOT.split('\\').join('/'), packedOf(name).dir.split('\\').join('/')),
    })
    expect(manifest.engines).toEqual({node: rootManifest().engines.node})
    if (name.startsWith('@')) expect(manifest.publishConfig?.access).toBe('public')
  })

  test('depends on its sibling packages at their exact version, never workspace:', () => {
    const manifest = manifests.get(name)!
    expect(JSON.stringify(manifest)).not.toContain('workspace:')
    for (const [dependency, range] of Object.entries(manifest.dependencies ?? {})) {
      if (EXPECTED.includes(dependency)) expect(range, dependency).toBe(manifests.get(dependency)!.version)
    }
  })

  test('ships the LICENSE of the repository and a README, and no tests or fixtures', () => {
    const files = contents.get(name)!
    expect(files.get('LICENSE')?.toString('utf8')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'))
    expect(files.get('README.md')?.length).toBeGreaterThan(200)
    const unwanted = [...files.keys()].filter((path) => /\.test\.ts$|(^|\/)(valid|invalid|test|fixtures|node_modules)\/|tsbuildinfo|tsconfig/.test(path))
    expect(unwanted).toEqual([])
  })

  test('serves import and require, each with its own types, at every entry point', () => {
    const {exports, main, types, type} = manifests.get(name)!
    expect(type).toBe('module')
    const files = contents.get(name)!
    const entryPoints = Object.entries(exports ?? {}).filter(([, target]) => typeof target !== 'string' || !target.endsWith('.json'))
    expect(entryPoints.map(([subpath]) => subpath)).toContain('.')
    for (const [subpath, target] of entryPoints) {
      const conditions = target as Record<string, Record<string, string>>
      expect(Object.keys(conditions), subpath).toEqual(['import', 'require'])
      expect(Object.keys(conditions['import']!), subpath).toEqual(['types', 'default'])
      expect(Object.keys(conditions['require']!), subpath).toEqual(['types', 'default'])
      expect(conditions['require']!['default'], subpath).toMatch(/^\.\/dist\/cjs\//)
      for (const file of [...Object.values(conditions['import']!), ...Object.values(conditions['require']!)]) {
        expect(files.has(file.replace(/^\.\//, '')), `${subpath}: ${file}`).toBe(true)
      }
    }
    // Resolvers that know no exports map (TypeScript's node10) get the CommonJS build.
    const root = exports?.['.'] as Record<string, Record<string, string>>
    expect(main).toBe(root['require']!['default'])
    expect(types).toBe(root['require']!['types'])
    expect(JSON.parse(files.get('dist/cjs/package.json')!.toString('utf8'))).toEqual({type: 'commonjs'})
  })

  test('has source maps that resolve to files in the tarball', () => {
    const files = contents.get(name)!
    const broken: string[] = []
    let maps = 0
    for (const [path, content] of files) {
      if (path.endsWith('.map')) {
        maps++
        const map = JSON.parse(content.toString('utf8')) as {sources: string[]; sourceRoot?: string}
        for (const source of map.sources) {
          const target = posix.normalize(posix.join(posix.dirname(path), map.sourceRoot ?? '', source))
          if (!files.has(target)) broken.push(`${path} → ${source}`)
        }
      } else if (/\.(js|d\.ts)$/.test(path)) {
        const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(content.toString('utf8'))?.[1]
        if (url && !url.startsWith('data:') && !files.has(posix.normalize(posix.join(posix.dirname(path), url)))) broken.push(`${path} → ${url}`)
      }
    }
    expect(maps).toBeGreaterThan(0)
    expect(broken).toEqual([])
  })

  test('publint finds nothing, suggestions included', async () => {
    const data = readFileSync(packedOf(name).tarball)
    const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer
    const {messages, pkg} = await publint({pack: {tarball}, level: 'suggestion', strict: true})
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, {color: false}) ?? message.code}`)).toEqual([])
  })

  test('arethetypeswrong finds no problem for node10, node16 (from CJS and ESM) and bundlers', async () => {
    const cli = join(ROOT, 'node_modules/@arethetypeswrong/cli')
    const bin = (JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')) as {bin: {attw: string}}).bin.attw
    // attw exits 1 when it finds a problem; the report says which.
    const attw = await execFileAsync(process.execPath, [join(cli, bin), packedOf(name).tarball, '--format', 'json'], {encoding: 'utf8', maxBuffer: 64 << 20}).catch(
      (error: {stdout?: string; stderr?: string}) => ({stdout: error.stdout ?? '', stderr: error.stderr ?? String(error)}),
    )
    expect(attw.stderr).toBe('')
    const report = JSON.parse(attw.stdout) as {analysis: {problems: unknown[]; entrypoints: Record<string, unknown>}}
    expect(report.analysis.problems).toEqual([])
    expect(Object.keys(report.analysis.entrypoints)).toContain('.')
  }, 120_000)
})

test('the CommonJS build of the core names the ES-only packages it bundles, with their licences', () => {
  const notices = contents.get('@lessonlint/core')!.get('dist/cjs/THIRD-PARTY-NOTICES.md')?.toString('utf8') ?? ''
  for (const bundled of ['unified', 'remark-parse', 'micromark', 'vfile']) expect(notices).toMatch(new RegExp(`^## ${bundled}@\\S+ \\(MIT\\)`, 'm'))
})
