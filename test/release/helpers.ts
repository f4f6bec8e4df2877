// The release tests' common ground: the tarballs `pnpm run release:pack` would
// write, packed from the workspace as built (`pnpm test` builds first), into a
// temporary folder; and an environment for npm that is the user's, not pnpm's.
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {PackedPackage} from '../../scripts/release-pack.mjs'
export {readTarball, type TarballEntry} from '../../scripts/tarball.mjs'

const execFileAsync = promisify(execFile)

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The four published packages, packed with `pnpm pack` into a new temporary folder,
 * in a child process so that the test worker is not blocked meanwhile.
 */
export async function packWorkspace(): Promise<{dir: string; packed: PackedPackage[]; cleanup: () => void}> {
  for (const dist of ['packages/core', 'rules', 'packages/cli', 'packages/language-server'].map((dir) => join(ROOT, dir, 'dist/cjs/index.js'))) {
    if (!existsSync(dist)) throw new Error(`${relative(ROOT, dist)} is missing: run \`pnpm build\` first`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'lessonlint-release-'))
  const {stdout} = await execFileAsync(process.execPath, [join(ROOT, 'scripts/release-pack.mjs'), '--out', join(dir, 'tarballs'), '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  })
  const packed = JSON.parse(stdout) as PackedPackage[]
  return {dir, packed, cleanup: () => rmSync(dir, {recursive: true, force: true})}
}

export function rootManifest(): {engines: {node: string}; packageManager: string} {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {engines: {node: string}; packageManager: string}
}

/**
 * The environment a user's shell would give npm: what pnpm, npx and vitest add
 * (`npm_config_local_prefix` pointing at the workspace, `npm_execpath`, the
 * workspace's node_modules/.bin on PATH...) removed; the npm settings that
 * say where the registry is and how to reach it kept.
 */
export function userEnv(): NodeJS.ProcessEnv {
  const env = {...process.env}
  const registrySettings =
    /^npm_config_(registry|@[^:]+:registry|\/\/.+|_auth.*|always_auth|cafile|ca|cert|key|strict_ssl|proxy|https_proxy|http_proxy|noproxy|no_proxy|userconfig|globalconfig|cache|fetch_.+|maxsockets|local_address)$/i
  for (const key of Object.keys(env)) {
    if (/^npm_/i.test(key) && !registrySettings.test(key)) delete env[key]
    else if (/^(pnpm_|INIT_CWD$|VITEST)/i.test(key)) delete env[key]
  }
  env['PATH'] = (env['PATH'] ?? '')
    .split(delimiter)
    .filter((entry) => entry !== '' && relative(ROOT, entry).startsWith('..'))
    .join(delimiter)
  env['npm_config_update_notifier'] = 'false'
  env['npm_config_fund'] = 'false'
  env['npm_config_audit'] = 'false'
  return env
}

/** Node's flag that turns require(esm) off, where it exists (Node >= 20.19): `require` must not need it. */
export function withoutRequireEsm(): string[] {
  return 'require_module' in process.features ? ['--no-experimental-require-module'] : []
}
