#!/usr/bin/env node
// A command's start-up bundles, run from its package after `tsc` (its `build` script):
//
//   node ../../scripts/build-command.mjs cli.js=command command-worker.js=command-worker
//
// bundles each ES module of dist/ named on the left, with everything it imports (the
// workspace's @lessonlint/core, the ILO pack, unified, micromark, ajv...), into one ES
// module dist/<right>.mjs. The `lessonlint` command (packages/cli: dist/command.mjs, and
// dist/command-worker.mjs, what each worker thread of `--concurrency` runs) and the
// language server (packages/language-server: dist/server.mjs, and dist/server-worker.mjs,
// its lint worker with the pack built in) start from these.
//
// Why: Node resolves, reads and compiles each module of an ES module graph on its own. A
// command's graph is some 700 small modules (micromark alone is a module per construct), and
// loading them took ~0.45 s of every run, and again in each thread — most of a `--cache`
// rerun, where nothing else is done — and their records and code took ~30 MB in each thread
// of the language server. One file loads in ~0.15 s. The libraries (`import 'lessonlint'`,
// '@lessonlint/language-server') stay the unbundled ES build, so that their importers share
// one @lessonlint/core with their plugins. (A config's plugins, loaded by a command, import
// the installed core: their rules run on the bundle's model through the same API.)
//
// `import.meta.url` in the workspace's own modules (files read beside a module: core's
// config schema, a package's package.json; the worker script beside core's pool) becomes the
// URL of that very module where it is installed, so every path relative to it resolves as
// in the unbundled build and the cache's identities (`packageIdentity`) are the same.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, relative, sep} from 'node:path'
import * as esbuild from 'esbuild'
import {failOnProblems} from './esbuild-problems.mjs'

const packageDir = process.cwd()
const dist = join(packageDir, 'dist')
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const toPosix = (path) => path.split(sep).join('/')

/** The workspace packages bundled in: their dist/ folder, and how the bundle finds their installed entry. */
function workspacePackages() {
  // The package's own modules: the bundles sit in its dist/ too.
  const packages = [{dist, entryUrl: 'import.meta.url', entry: join(dist, 'bundle.mjs')}]
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (!range.startsWith('workspace:')) continue
    // What `import` gets (the require condition is the CommonJS build).
    const manifestFile = createRequire(join(packageDir, 'package.json')).resolve(`${name}/package.json`)
    const entry = JSON.parse(readFileSync(manifestFile, 'utf8')).exports?.['.']?.import?.default
    if (typeof entry !== 'string') throw new Error(`${name}: no ES entry in its exports map`)
    const entryFile = join(dirname(manifestFile), entry)
    // The entry's own folder: modules' paths are relative to it, as import.meta.resolve gives it.
    packages.push({dist: dirname(entryFile), entryUrl: `import.meta.resolve(${JSON.stringify(name)})`, entry: entryFile})
  }
  return packages
}

const packages = workspacePackages()
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({filter: /\.js$/}, (args) => {
      const owner = packages.find((pkg) => !relative(pkg.dist, args.path).startsWith('..'))
      if (owner === undefined) return undefined
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes('import.meta')) return undefined
      const rel = toPosix(relative(dirname(owner.entry), args.path))
      const contents = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(`./${rel}`)}, ${owner.entryUrl}).href`)
      if (/import\.meta(?!\.url|\.resolve)/.test(contents)) {
        return {errors: [{text: `${relative(packageDir, args.path)} uses import.meta in a way the command bundle cannot keep`}]}
      }
      return {contents, loader: 'js'}
    })
  },
}

const entryPoints = process.argv.slice(2).map((argument) => {
  const [from, to] = argument.split('=')
  if (!from || !to) throw new Error(`build-command: '${argument}' is not <module in dist/>=<bundle name>`)
  return {in: join(dist, from), out: to}
})
if (entryPoints.length === 0) throw new Error('build-command: name the modules to bundle (cli.js=command ...)')

const result = await esbuild.build({
  entryPoints,
  outdir: dist,
  outExtension: {'.js': '.mjs'},
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.11',
  // ES builds first: jsonc-parser's CommonJS main is a UMD wrapper whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  // Readable: not minified, each module's code under a comment naming its file.
  minify: false,
  legalComments: 'inline',
  logLevel: 'silent',
  banner: {
    js: [
      `// Part of the lessonlint command (${manifest.name} ${manifest.version}) in one module, bundled by esbuild from the ES build beside it (see scripts/build-command.mjs in the repository).`,
      // CommonJS dependencies inside an ES module still call require() for Node's built-ins.
      `import {createRequire as __lessonlintCreateRequire} from 'node:module'`,
      'const require = __lessonlintCreateRequire(import.meta.url)',
    ].join('\n'),
  },
  plugins: [ownImportMeta],
})
await failOnProblems(result)
process.stdout.write(`${manifest.name}: ${entryPoints.map((entry) => `dist/${entry.out}.mjs`).join(', ')} (start-up bundles)\n`)
