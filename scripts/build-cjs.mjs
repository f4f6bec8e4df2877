#!/usr/bin/env node
// The CommonJS build of one package, run from its folder after `tsc` (its `build` script):
//
//   dist/            the ES module build (tsc), what `import` gets
//   dist/cjs/        what `require` gets: one esbuild bundle per entry point of the
//                    exports map, made from the ES build above, a package.json
//                    {"type": "commonjs"} marker, and the .d.ts files again, which
//                    TypeScript reads as CommonJS declarations in this folder
//
// Why a CommonJS build rather than Node's require(esm): `engines` says Node >= 20.11,
// and require(esm) is unflagged only from 20.19 (and TypeScript accepts it only with
// `module: nodenext`). The ESM-only dependencies (unified, remark, micromark, vfile...)
// are bundled in for the same reason; dependencies that can be required stay external,
// and so do the workspace packages, so that `require('lessonlint')` loads the CommonJS
// build of `@lessonlint/core` rather than a second copy of it.
//
// `import.meta.url` in the package's own modules (files read beside a module:
// core's config schema, the CLI's package.json) becomes the URL of the same module in
// dist/, so paths relative to it resolve as they do in the ES build; in bundled
// dependencies it becomes the bundle's URL. Any other `import.meta` fails the build.
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, relative, resolve, sep} from 'node:path'
import * as esbuild from 'esbuild'
import {failOnProblems} from './esbuild-problems.mjs'

const packageDir = process.cwd()
const dist = join(packageDir, 'dist')
const out = join(dist, 'cjs')
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const toPosix = (path) => path.split(sep).join('/')

/** Every `require` target of the exports map, with the ES module it is built from. */
function entryPoints() {
  const entries = []
  const visit = (value) => {
    if (typeof value !== 'object' || value === null) return
    const target = value.require?.default
    if (typeof target === 'string') {
      if (!target.startsWith('./dist/cjs/') || !target.endsWith('.js')) throw new Error(`${manifest.name}: require target ${target} is not in ./dist/cjs/`)
      const source = join(dist, target.slice('./dist/cjs/'.length))
      if (!existsSync(source)) throw new Error(`${manifest.name}: no ${relative(packageDir, source)} to build ${target} from (run tsc first)`)
      entries.push({in: source, out: target.slice('./dist/cjs/'.length, -'.js'.length)})
    }
    for (const child of Object.values(value)) if (child !== value.require) visit(child)
  }
  visit(manifest.exports)
  if (entries.length === 0) throw new Error(`${manifest.name}: the exports map has no require conditions`)
  return entries
}

/** Whether `require(name)` works without require(esm): it resolves to a CommonJS file. */
function isRequirable(name) {
  let file
  try {
    file = createRequire(join(packageDir, 'package.json')).resolve(name)
  } catch {
    // Types-only packages (@types/*) have no runtime file: nothing is imported at run time.
    return true
  }
  if (file.endsWith('.cjs')) return true
  if (file.endsWith('.mjs')) return false
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) return JSON.parse(readFileSync(pkg, 'utf8')).type !== 'module'
    if (dirname(dir) === dir) return true
  }
}

const dependencies = Object.keys(manifest.dependencies ?? {})
const external = dependencies.filter((name) => manifest.dependencies[name].startsWith('workspace:') || isRequirable(name))
const bundled = dependencies.filter((name) => !external.includes(name))

const moduleUrlHelper = '__lessonlint_module_url'
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({filter: /\.js$/}, (args) => {
      const rel = relative(dist, args.path)
      if (rel.startsWith('..') || rel.startsWith(`cjs${sep}`)) return undefined
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes('import.meta')) return undefined
      const url = `${moduleUrlHelper}(${JSON.stringify(toPosix(rel))})`
      const contents = source
        .replaceAll('import.meta.url', url)
        .replaceAll('import.meta.filename', `require("node:url").fileURLToPath(${url})`)
        .replaceAll('import.meta.dirname', `require("node:path").dirname(require("node:url").fileURLToPath(${url}))`)
      if (contents.includes('import.meta')) {
        return {errors: [{text: `${rel} uses import.meta in a way the CommonJS build cannot keep`}]}
      }
      return {contents, loader: 'js'}
    })
  },
}

rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})

const result = await esbuild.build({
  entryPoints: entryPoints(),
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.11',
  external,
  // Readable: not minified, each module's code under a comment naming its file.
  minify: false,
  sourcemap: false,
  legalComments: 'inline',
  logLevel: 'silent',
  metafile: true,
  banner: {
    js: [
      `// CommonJS build of ${manifest.name} ${manifest.version}, bundled by esbuild from the ES modules in ../ (see scripts/build-cjs.mjs in the repository).`,
      `var ${moduleUrlHelper} = (path) => require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", path)).href;`,
      // Bundled ES dependencies that use import.meta.url get this bundle's own URL.
      'var __lessonlint_bundle_url = require("node:url").pathToFileURL(__filename).href;',
    ].join('\n'),
  },
  define: {'import.meta.url': '__lessonlint_bundle_url'},
  plugins: [ownImportMeta],
})
await failOnProblems(result)

writeFileSync(join(out, 'package.json'), `${JSON.stringify({type: 'commonjs'}, null, 2)}\n`)

// The declarations again: in dist/cjs/ (type commonjs) TypeScript reads them as the
// CommonJS module they describe. Their declaration maps stay in dist/, one folder up.
function copyDeclarations(from, to) {
  for (const entry of readdirSync(from, {withFileTypes: true})) {
    const source = join(from, entry.name)
    if (entry.isDirectory()) {
      if (source !== out) copyDeclarations(source, join(to, entry.name))
    } else if (entry.name.endsWith('.d.ts')) {
      mkdirSync(to, {recursive: true})
      const text = readFileSync(source, 'utf8').replace(/^\/\/# sourceMappingURL=(.+)$/m, (_line, map) => {
        const mapFile = resolve(from, map)
        return existsSync(mapFile) ? `//# sourceMappingURL=${toPosix(relative(to, mapFile))}` : ''
      })
      writeFileSync(join(to, entry.name), text)
    }
  }
}
copyDeclarations(dist, out)

// What the bundles carry of other people's code, with their licences.
const bundledPackages = new Map()
for (const input of Object.keys(result.metafile.inputs)) {
  const file = resolve(input)
  if (!file.split(sep).includes('node_modules')) continue
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (!existsSync(pkg)) continue
    const {name, version, license, licenses, author} = JSON.parse(readFileSync(pkg, 'utf8'))
    if (!name) continue
    const licenseFile = readdirSync(dir).find((file) => /^licen[sc]e(\.(md|txt))?$/i.test(file))
    const text = licenseFile
      ? readFileSync(join(dir, licenseFile), 'utf8').trim()
      : [
          `(no licence file in the package) Author: ${typeof author === 'string' ? author : (author?.name ?? 'unknown')}.`,
          ...(licenses ?? []).map((entry) => `${entry.type} licence: ${entry.url}`),
        ].join('\n')
    bundledPackages.set(`${name}@${version}`, {name, version, license: license ?? licenses?.map((entry) => entry.type).join(' OR '), text})
    break
  }
}
if (bundledPackages.size > 0) {
  const sections = [...bundledPackages.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({name, version, license, text}) => `## ${name}@${version} (${license ?? 'see its package'})\n\n${text}\n`)
  writeFileSync(
    join(out, 'THIRD-PARTY-NOTICES.md'),
    `# Third-party notices\n\nThe CommonJS build in this folder bundles these packages (ES modules only, so that\n\`require\` works without Node's require(esm)):\n\n${sections.join('\n')}`,
  )
}

const summary = bundled.length > 0 ? `; bundled ESM-only ${bundled.join(', ')}` : ''
process.stdout.write(`${manifest.name}: dist/cjs (${entryPoints().map((entry) => entry.out).join(', ')})${summary}\n`)
