#!/usr/bin/env node
// `pnpm run release:pack`: the tarballs `pnpm publish -r` would publish, in release/.
//
//   node scripts/release-pack.mjs [--build] [--out DIR] [--json]
//
// --build   first empties each published package's dist/ and builds those packages,
//           so that no stale file of an earlier build is shipped
// --out     where the tarballs go (default: release/, emptied of earlier tarballs)
// --json    print only what was packed, as JSON (name, version, dir, tarball)
//
// The packing is pnpm's own (`pnpm pack`, what `pnpm publish` uses): it turns
// `workspace:*` into the version of the package in the workspace. Each tarball is
// then checked: no `workspace:` range left, LICENSE and README inside, every file
// the manifest points at (main, types, bin, exports) inside.
import {execFileSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {listTarball, readTarballFile} from './tarball.mjs'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))

/** The folders of the workspace packages that are published (not `private`). */
export function publishedPackageDirs() {
  const candidates = [
    ...readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name)),
    join(root, 'rules'),
    join(root, 'extension'),
  ]
  return candidates.filter((dir) => {
    try {
      statSync(join(dir, 'package.json'))
    } catch {
      return false
    }
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private !== true
  })
}

/** pnpm as the workspace pins it: the running one under `pnpm run`, else through npx. */
function pnpm(args, options) {
  const execPath = process.env.npm_execpath
  if (execPath && /pnpm/.test(execPath)) return execFileSync(process.execPath, [execPath, ...args], options)
  const {packageManager} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  return execFileSync(npx, ['--yes', packageManager, ...args], {...options, shell: process.platform === 'win32'})
}

/** Files a manifest points at, as paths inside the package. */
function manifestTargets(manifest) {
  const targets = new Set()
  const add = (value) => {
    if (typeof value === 'string') {
      if (!value.includes('*')) targets.add(value.replace(/^\.\//, ''))
    } else if (value && typeof value === 'object') {
      for (const child of Object.values(value)) add(child)
    }
  }
  add(manifest.main)
  add(manifest.types)
  add(typeof manifest.bin === 'string' ? manifest.bin : manifest.bin && Object.values(manifest.bin))
  add(manifest.exports)
  return [...targets]
}

/** Problems of one packed tarball; an empty list when it is fit to publish. */
export function checkTarball(file) {
  const files = new Set(listTarball(file).map((path) => path.replace(/^package\//, '')))
  const text = readTarballFile(file, 'package/package.json')
  const manifest = JSON.parse(text)
  const problems = []
  if (text.includes('workspace:')) problems.push('package.json still has a workspace: range')
  if (!files.has('LICENSE')) problems.push('no LICENSE')
  if (!files.has('README.md')) problems.push('no README.md')
  for (const target of manifestTargets(manifest)) if (!files.has(target)) problems.push(`package.json points at ${target}, which is not packed`)
  return problems
}

/**
 * Packs every published package into `outDir`. Returns one entry per package:
 * its name, version, folder and tarball.
 */
export function packRelease({outDir = join(root, 'release'), build = false, quiet = false} = {}) {
  const dirs = publishedPackageDirs()
  const log = (line) => {
    if (!quiet) process.stdout.write(`${line}\n`)
  }
  if (build) {
    const names = dirs.map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name)
    for (const dir of dirs) rmSync(join(dir, 'dist'), {recursive: true, force: true})
    log(`==> build ${names.join(', ')}`)
    // pnpm -r runs the builds in dependency order.
    const filters = names.flatMap((name) => ['--filter', name])
    pnpm(['-r', '--workspace-concurrency=1', ...filters, 'run', 'build'], {cwd: root, stdio: quiet ? 'pipe' : 'inherit'})
  }
  mkdirSync(outDir, {recursive: true})
  for (const file of readdirSync(outDir)) if (file.endsWith('.tgz')) rmSync(join(outDir, file))
  const packed = []
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const output = pnpm(['pack', '--pack-destination', outDir], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'})
    const tarball = output
      .trim()
      .split('\n')
      .map((line) => line.trim())
      .reverse()
      .find((line) => line.endsWith('.tgz'))
    if (!tarball) throw new Error(`pnpm pack in ${dir} printed no tarball:\n${output}`)
    const file = resolve(outDir, tarball)
    const problems = checkTarball(file)
    if (problems.length > 0) throw new Error(`${manifest.name}: ${problems.join('; ')}`)
    log(`${manifest.name}@${manifest.version}  ${file}`)
    packed.push({name: manifest.name, version: manifest.version, dir, tarball: file})
  }
  return packed
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const outIndex = args.indexOf('--out')
  const json = args.includes('--json')
  try {
    const packed = packRelease({build: args.includes('--build'), quiet: json, ...(outIndex >= 0 ? {outDir: resolve(args[outIndex + 1])} : {})})
    if (json) process.stdout.write(`${JSON.stringify(packed, null, 2)}\n`)
  } catch (error) {
    process.stderr.write(`release:pack: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
