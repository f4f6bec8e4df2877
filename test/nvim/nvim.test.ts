// Neovim's built-in LSP client, headless, against the real server: an editor
// that is not VS Code, with its own idea of sync, positions and diagnostics.
// init.lua opens a proposal, starts the server for the buffer, waits for
// diagnostics and writes them as JSON; they must be the CLI's findings.

import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, realpathSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {REPO, SERVER_BIN} from '../server/support/client.js'
import {ensureDebianTool} from '../support/debian-tool.js'

const skipReason = ensureDebianTool('nvim', ['--version'], 'neovim')
const workspaces: string[] = []

afterAll(() => {
  for (const dir of workspaces) rmSync(dir, {recursive: true, force: true})
})

function cliFindings(file: string): string[] {
  let stdout: string
  try {
    stdout = execFileSync(process.execPath, [join(REPO, 'packages/cli/bin/lessonlint.js'), '--format', 'json', file], {encoding: 'utf8'})
  } catch (error) {
    stdout = (error as {stdout: string}).stdout
  }
  const [result] = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>
  return result!.messages.map((m) => `${m.ruleId}@${m.line - 1}`).sort()
}

describe.skipIf(skipReason !== undefined)(`Neovim's LSP client${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  test.each([
    ['04-bangladesh-garment-osh.md', join(REPO, '../shared/corpus/04-bangladesh-garment-osh.md')],
    ['05-bangladesh-jordan-corridor-crlf.md', join(REPO, 'fixtures/05-bangladesh-jordan-corridor-crlf.md')],
  ])('shows the same findings as the CLI for %s', (name, source) => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'lessonlint-nvim-')))
    workspaces.push(dir)
    const file = join(dir, name)
    copyFileSync(source, file)
    const out = join(dir, 'diagnostics.json')
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', join(REPO, 'test/nvim/init.lua')], {
      encoding: 'utf8',
      timeout: 90_000,
      env: {...process.env, LESSONLINT_SERVER: SERVER_BIN, LESSONLINT_FILE: file, LESSONLINT_ROOT: dir, LESSONLINT_OUT: out},
    })
    expect(run.status, run.stderr).toBe(0)
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      nvim: string
      api: string
      got: boolean
      diagnostics: Array<{code: string; source: string; lnum: number}>
    }
    // vim.lsp.start came in 0.8; Debian 12 ships 0.7, where init.lua uses start_client + buf_attach_client.
    const [major = 0, minor = 0] = result.nvim.split('.').map(Number)
    expect(result.api).toBe(major > 0 || minor >= 8 ? 'vim.lsp.start' : 'vim.lsp.start_client')
    expect(result.got).toBe(true)
    const expected = cliFindings(file)
    expect(expected.length).toBeGreaterThan(0)
    expect(result.diagnostics.map((d) => `${d.code}@${d.lnum}`).sort()).toEqual(expected)
    expect(new Set(result.diagnostics.map((d) => d.source))).toEqual(new Set(['lessonlint']))
  }, 120_000)
})
