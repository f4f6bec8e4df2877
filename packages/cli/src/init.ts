// `lessonlint --init`: a commented .lessonlintrc.json in the current folder and, with
// --github, a GitHub Actions workflow that runs the lessonlint action and uploads its
// SARIF to code scanning. It never overwrites: an existing configuration (or workflow)
// ends the command with one line and exit code 2, before anything is written.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {createInterface} from 'node:readline/promises'
import {dirname, join, relative} from 'node:path'
import {configFileIn, type ConfigFile} from '@lessonlint/core'
import {homepage} from './package-info.js'

export const CONFIG_NAME = '.lessonlintrc.json'
export const WORKFLOW_PATH = '.github/workflows/lessonlint.yml'

/** The schema beside an install in the project, else the one in the repository. */
const LOCAL_SCHEMA = 'node_modules/@lessonlint/core/schema/lessonlint.schema.json'

/** What each preset of the ILO pack is for, shown in the question and in the file. */
const PRESET_NOTES: Record<string, string> = {
  recommended: 'ILO proposals: every rule at the severity of the checklist',
  development: 'proposals of other organisations (UN agencies, NGOs, donors): the ILO-institutional rules are off',
  all: 'every rule, info rules raised to warnings: for teams that gate merges on every lesson',
}

export interface InitIo {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  cwd: string
}

export interface InitOptions {
  /** A preset name without its `lessonlint:` prefix, or undefined to ask (on a terminal) or take `recommended`. */
  preset?: string
  /** Also write the GitHub Actions workflow. */
  github: boolean
  presets: Readonly<Record<string, ConfigFile>>
}

/** A refusal or a bad --preset: one line, exit 2 (cli.ts prints it). */
export class InitError extends Error {
  override name = 'InitError'
}

export async function init(options: InitOptions, io: InitIo): Promise<number> {
  const names = Object.keys(options.presets)
    .filter((name) => name.startsWith('lessonlint:'))
    .map((name) => name.slice('lessonlint:'.length))
  if (options.preset !== undefined && !names.includes(options.preset)) {
    throw new InitError(`--preset expects ${names.slice(0, -1).join(', ')} or ${names.at(-1)}; not '${options.preset}'.`)
  }
  // Nothing is written when anything is in the way.
  const existing = configFileIn(io.cwd)
  if (existing !== undefined) {
    throw new InitError(`${relative(io.cwd, existing)} already exists here; --init does not overwrite a configuration.`)
  }
  const workflow = join(io.cwd, WORKFLOW_PATH)
  if (options.github && existsSync(workflow)) {
    throw new InitError(`${WORKFLOW_PATH} already exists; --init --github does not overwrite it.`)
  }

  const preset = options.preset ?? (io.stdin.isTTY === true && io.stdout.isTTY === true ? await askPreset(names, io) : 'recommended')
  writeFileSync(join(io.cwd, CONFIG_NAME), configText(preset, schemaReference(io.cwd)), {flag: 'wx'})
  io.stdout.write(`Wrote ${CONFIG_NAME} (lessonlint:${preset}).\n`)
  if (options.github) {
    mkdirSync(dirname(workflow), {recursive: true})
    writeFileSync(workflow, workflowText(), {flag: 'wx'})
    io.stdout.write(`Wrote ${WORKFLOW_PATH}: lessonlint on every push and pull request, with its findings in code scanning.\n`)
  }
  return 0
}

async function askPreset(names: readonly string[], io: InitIo): Promise<string> {
  const lines = names.map((name, index) => `  ${index + 1}. ${name}${PRESET_NOTES[name] ? `: ${PRESET_NOTES[name]}` : ''}`)
  io.stdout.write(`Which rules should run?\n${lines.join('\n')}\n`)
  const readline = createInterface({input: io.stdin, output: io.stdout})
  try {
    for (;;) {
      const answer = (await readline.question(`Preset [1-${names.length}, Enter for ${names[0]}]: `)).trim().toLowerCase()
      if (answer === '') return names[0]!
      const chosen = /^\d+$/.test(answer) ? names[Number(answer) - 1] : names.find((name) => name === answer)
      if (chosen !== undefined) return chosen
    }
  } finally {
    readline.close()
  }
}

function schemaReference(cwd: string): string {
  if (existsSync(join(cwd, LOCAL_SCHEMA))) return `./${LOCAL_SCHEMA}`
  return `${repositoryUrl()}/raw/main/packages/core/schema/lessonlint.schema.json`
}

/** https://github.com/OWNER/NAME, from the package's homepage. */
function repositoryUrl(): string {
  const match = /^(https:\/\/github\.com\/[^/]+\/[^/#]+)/.exec(homepage() ?? '')
  return match?.[1] ?? 'https://github.com/lessonlint/lessonlint'
}

/** OWNER/NAME of the repository that holds the action. */
export function actionRepository(): string {
  return repositoryUrl().replace('https://github.com/', '')
}

export function configText(preset: string, schema: string): string {
  return `// lessonlint configuration. Comments are allowed; see
// ${repositoryUrl()}#configuration
{
  // Editors use the schema to complete and check this file.
  "$schema": ${JSON.stringify(schema)},

  // The rules to start from: "lessonlint:recommended" (ILO proposals),
  // "lessonlint:development" (other organisations: the ILO-institutional rules are off)
  // or "lessonlint:all" (every rule, info rules raised to warnings).
  "extends": ${JSON.stringify(`lessonlint:${preset}`)},

  // Rule settings over the preset: "off", "info", "warning" or "error", or
  // [severity, options]. \`lessonlint --list-rules\` lists every rule.
  "rules": {
    // "itcilo-link": "off"
  },

  // Settings for some folders or files only, and the language of messages for
  // documents too short to tell theirs (en, fr, es):
  // "overrides": [{"files": ["drafts/**"], "rules": {"gender-budget": "warning"}}],
  // "locale": "fr",

  // Run without paths, lessonlint lints the proposals it finds under this folder and
  // skips READMEs, changelogs and docs pages. Files it should never lint, in
  // .gitignore syntax, relative to this file:
  "ignores": [
    // "archive/",
    // "*.draft.md"
  ]
}
`
}

export function workflowText(): string {
  return `# lessonlint: findings as annotations on the pull request, a table in the job
# summary, and alerts in the repository's code scanning (Security tab).
name: lessonlint

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read          # check out the repository
  security-events: write  # upload the SARIF file to code scanning

jobs:
  lessonlint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4

      - id: lessonlint
        # Pin a release tag or a commit SHA once there is one.
        uses: ${actionRepository()}@main
        with:
          # Folders, files or globs, separated by spaces or lines; empty lints the
          # proposals found in the repository (READMEs and docs pages are skipped).
          paths: ''
          # Fail the job on: error, warning or never.
          fail-on: error

      # Upload even when lessonlint failed the job, so the alerts show what to fix.
      - uses: github/codeql-action/upload-sarif@v3
        if: \${{ !cancelled() && steps.lessonlint.outputs.sarif-file != '' }}
        with:
          sarif_file: \${{ steps.lessonlint.outputs.sarif-file }}
          category: lessonlint
`
}
