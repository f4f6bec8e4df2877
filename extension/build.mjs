// Builds the extension into out/: the client (out/extension.js), the server
// with the ILO pack (out/server.js) and its lint worker, also with the pack
// (out/lint-worker.js), all bundled as CommonJS for Node 20 (VS Code loads
// CommonJS extensions; the server runs as its own Node process, the worker as a
// thread of it), and the config file JSON Schemas. The .vsix then needs no node_modules.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import * as esbuild from 'esbuild'

const root = dirname(fileURLToPath(import.meta.url))
const out = resolve(root, 'out')
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))

/**
 * What is left of import.meta.url (createRequire(import.meta.url) in ESM builds
 * of dependencies) becomes the bundle's own URL.
 */
const importMetaUrl = {
  banner: {js: 'var __bundle_import_meta_url = require("url").pathToFileURL(__filename).href;'},
  define: {'import.meta.url': '__bundle_import_meta_url'},
}

/**
 * The core reads files beside its modules (`readFileSync(new URL('…', import.meta.url))`,
 * its config schema). In a bundle that URL points nowhere, so the file's content
 * is inlined as a string at bundle time. Any other use of import.meta.url fails
 * the build rather than the extension at run time.
 */
const inlineAdjacentFiles = {
  name: 'inline-adjacent-files',
  setup(build) {
    build.onLoad({filter: /\.[cm]?js$/}, (args) => {
      const source = readFileSync(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      const pattern = /readFileSync\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*,\s*(['"])utf-?8\3\s*\)/g
      const contents = source
        .replace(pattern, (_match, _quote, relative) => {
          const file = fileURLToPath(new URL(relative, pathToFileURL(args.path)))
          return JSON.stringify(readFileSync(file, 'utf8'))
        })
        // The language server's default worker entry (worker-main.js, which imports the pack by
        // name) is not shipped: the worker is out/lint-worker.js, beside the server's bundle.
        .replace(/new URL\(\s*(['"])\.\/worker-main\.js\1\s*,\s*import\.meta\.url\s*\)/g, 'new URL("./lint-worker.js", __bundle_import_meta_url)')
        // The core's thread pool for lintFiles is not shipped either (the server never asks for
        // threads); were it started, its threads would fail to load and the files be linted in place.
        .replace(/new URL\(\s*(['"])\.\/pool-worker\.js\1\s*,\s*import\.meta\.url\s*\)/g, 'new URL("./pool-worker.js", __bundle_import_meta_url)')
      if (/new URL\([^)]*import\.meta\.url/.test(contents)) {
        return {errors: [{text: `${args.path} reads a file beside its module in a way the bundle cannot keep`}]}
      }
      return {contents, loader: 'js'}
    })
  },
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Keep names readable in stack traces the output channel shows.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // ESM entry points first: some packages' UMD builds (jsonc-parser) require files by computed names a bundle cannot follow.
  mainFields: ['module', 'main'],
}

rmSync(out, {recursive: true, force: true})
mkdirSync(out, {recursive: true})

await esbuild.build({
  ...common,
  entryPoints: [resolve(root, 'src/extension.ts')],
  outfile: resolve(out, 'extension.js'),
  external: ['vscode'],
  ...importMetaUrl,
})

await esbuild.build({
  ...common,
  entryPoints: [resolve(root, 'src/server.ts')],
  outfile: resolve(out, 'server.js'),
  banner: importMetaUrl.banner,
  define: {...importMetaUrl.define, LESSONLINT_VERSION: JSON.stringify(manifest.version)},
  plugins: [inlineAdjacentFiles],
})

// The server starts it with `new Worker(out/lint-worker.js)`: it must sit beside server.js.
await esbuild.build({
  ...common,
  entryPoints: [resolve(root, 'src/lint-worker.ts')],
  outfile: resolve(out, 'lint-worker.js'),
  ...importMetaUrl,
  plugins: [inlineAdjacentFiles],
})

// The config schema with the pack's rules listed, for completion and validation
// of .lessonlintrc.json / lessonlint.config.json (and the YAML files, with a YAML extension).
const {configSchema} = await import('@lessonlint/core')
const {rules} = await import('@lessonlint/rules-ilo')
const schema = configSchema(rules)
writeFileSync(resolve(out, 'lessonlint.schema.json'), `${JSON.stringify(schema, null, 2)}\n`)
writeFileSync(
  resolve(out, 'package-json.schema.json'),
  `${JSON.stringify(
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'lessonlint configuration in package.json',
      type: 'object',
      properties: {lessonlint: {$ref: './lessonlint.schema.json', description: 'lessonlint configuration (as in .lessonlintrc.json).'}},
    },
    null,
    2,
  )}\n`,
)
