#!/usr/bin/env node
// Builds the `lessonlint` command of the pre-commit hook (.pre-commit-hooks.yaml).
//
// pre-commit installs a `language: node` hook by running, in its clone of this
// repository, `npm install`, then `npm pack`, then `npm install -g` of that tarball
// into an environment of its own (pre_commit/languages/node.py). The root package is
// a pnpm workspace that npm cannot install, so this script, the root's `postinstall`,
// does the work when npm runs it there: it installs the CLI's workspace with pnpm
// (frozen lockfile) in a temporary copy of the checkout and bundles the CLI, its two
// workspace packages and their dependencies into one file, pre-commit/dist/lessonlint.mjs,
// which the root's `bin` names and its `files` pack. The tarball then needs nothing
// from the registry. It is no `prepare` or `prepack` script on purpose: npm prints
// their banners on the stdout of `npm pack`, where pre-commit reads the tarball's name.
//
// In pnpm's own install of the workspace it links `node_modules/.bin/lessonlint` to the
// CLI of packages/cli (see `linkWorkspaceCommand`). Anywhere else it does nothing (the
// packed hook being installed) or says what to do (`npm install` by hand in a clone).
// See pre-commit/README.md.
import {spawnSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {basename, dirname, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(ROOT, 'pre-commit', 'dist', 'lessonlint.mjs')
/** Files the bundled modules read beside themselves (`new URL(..., import.meta.url)`). */
const DATA_FILES = ['packages/core/schema/lessonlint.schema.json', 'packages/cli/package.json']
/** Never copied into the temporary checkout. */
const SKIPPED = new Set(['node_modules', '.git', 'dist'])

function pnpmCommand(root) {
  const manager = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager ?? 'pnpm@10'
  return ['npx', '--yes', manager.split('+')[0]]
}

/** What to do for this run of the root's postinstall: `build`, `workspace`, `skip` or `refuse`. */
export function decide(env = process.env, root = ROOT) {
  // The hook's own tarball (no sources) being installed by pre-commit's `npm install -g`.
  if (env.npm_config_global === 'true' || !existsSync(join(root, 'pnpm-workspace.yaml'))) return 'skip'
  // pnpm installing the workspace (npm_execpath is the running package manager's own path).
  if (/pnpm/i.test(basename(env.npm_execpath ?? ''))) return 'workspace'
  // pre-commit installs node hooks inside a nodeenv environment.
  return env.NODE_VIRTUAL_ENV ? 'build' : 'refuse'
}

/** Installs the CLI's workspace packages with pnpm in a copy of `root` and bundles the CLI into `outFile`. */
export async function build(root = ROOT, outFile = BUNDLE, log = (line) => process.stderr.write(`${line}\n`)) {
  const work = mkdtempSync(join(tmpdir(), 'lessonlint-hook-'))
  try {
    cpSync(root, work, {recursive: true, filter: (source) => !SKIPPED.has(basename(source)) || source === root})
    const [command, ...args] = pnpmCommand(root)
    log(`lessonlint hook: ${[command, ...args].join(' ')} install --frozen-lockfile --prod --filter "lessonlint..."`)
    const install = spawnSync(command, [...args, 'install', '--frozen-lockfile', '--prod', '--filter', 'lessonlint...'], {
      cwd: work,
      // The install's own output goes to stderr: never to the stdout npm and pre-commit read.
      stdio: ['ignore', process.stderr, process.stderr],
      env: {...process.env, CI: 'true'},
    })
    if (install.status !== 0) throw new Error(`pnpm install failed (exit code ${install.status ?? install.signal})`)
    await bundle(work, outFile)
    for (const file of DATA_FILES) {
      const target = join(dirname(outFile), file)
      mkdirSync(dirname(target), {recursive: true})
      cpSync(join(work, file), target)
    }
    log(`lessonlint hook: wrote ${relative(root, outFile)}`)
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

/**
 * One ES module: the CLI's entry point with @lessonlint/core and @lessonlint/rules-ilo taken
 * from their sources. In the workspace's own modules `import.meta.url` becomes the URL the
 * module would have beside the bundle, so the files they read relative to themselves (core's
 * config schema, the CLI's package.json) are found where DATA_FILES puts them.
 */
export async function bundle(sourceRoot, outFile) {
  const esbuild = await loadEsbuild()
  const ownModule = (path) => path.startsWith(sourceRoot + sep) && !path.split(sep).includes('node_modules')
  await esbuild.build({
    stdin: {
      contents: [
        `import {main} from './packages/cli/src/cli.ts'`,
        // A reader that stops early (\`lessonlint | head\`) is not an error.
        `for (const stream of [process.stdout, process.stderr]) stream.on('error', (error) => { if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw error })`,
        `process.exitCode = await main(process.argv.slice(2))`,
      ].join('\n'),
      resolveDir: sourceRoot,
      sourcefile: 'lessonlint-hook.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES builds first: jsonc-parser's CommonJS main is a UMD wrapper whose require() calls esbuild cannot follow.
    mainFields: ['module', 'main'],
    outfile: outFile,
    legalComments: 'none',
    logLevel: 'warning',
    alias: {
      '@lessonlint/core': join(sourceRoot, 'packages/core/src/index.ts'),
      '@lessonlint/rules-ilo': join(sourceRoot, 'rules/index.ts'),
    },
    banner: {
      // CommonJS dependencies inside an ES module still call require() for Node's built-ins.
      js: `#!/usr/bin/env node\nimport {createRequire as lessonlintCreateRequire} from 'node:module'\nconst require = lessonlintCreateRequire(import.meta.url)`,
    },
    plugins: [
      {
        name: 'lessonlint-import-meta-url',
        setup(build) {
          build.onLoad({filter: /\.ts$/}, (args) => {
            if (!ownModule(args.path)) return undefined
            const text = readFileSync(args.path, 'utf8')
            if (!text.includes('import.meta.url')) return undefined
            const beside = `./${relative(sourceRoot, args.path).split(sep).join('/').replace(/\.ts$/, '.js')}`
            return {contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(beside)}, import.meta.url).href`), loader: 'ts'}
          })
        },
      },
    ],
  })
  chmodSync(outFile, 0o755)
}

/** esbuild from the root's devDependencies (npm has just installed them), else from the copy. */
async function loadEsbuild() {
  const require = createRequire(join(ROOT, 'package.json'))
  return import(pathToFileURL(require.resolve('esbuild')).href)
}

/**
 * `node_modules/.bin/lessonlint` at the workspace root, a link to packages/cli's bin: tools
 * run from the root call it there (the team's corpus evaluation runs
 * `./node_modules/.bin/lessonlint`). pnpm links the bins of dependencies only, and the root
 * can have no workspace dependency: it is the hook's package, which npm must be able to install.
 */
export function linkWorkspaceCommand(root = ROOT) {
  const bin = join(root, 'node_modules', '.bin')
  mkdirSync(bin, {recursive: true})
  const link = join(bin, 'lessonlint')
  rmSync(link, {force: true})
  symlinkSync(relative(bin, join(root, 'packages', 'cli', 'bin', 'lessonlint.js')), link)
}

async function main() {
  const action = decide()
  if (action === 'skip') return 0
  if (action === 'workspace') {
    linkWorkspaceCommand()
    return 0
  }
  if (action === 'refuse') {
    process.stderr.write(
      `lessonlint: this repository is a pnpm workspace; install it with "${pnpmCommand(ROOT).join(' ')} install". ` +
        '(npm install here only builds the pre-commit hook, when pre-commit runs it.)\n',
    )
    return 1
  }
  try {
    await build()
    return 0
  } catch (error) {
    process.stderr.write(`lessonlint hook: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main()
}
