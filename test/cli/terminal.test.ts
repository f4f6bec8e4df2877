// The stylish report as a terminal shows it: the real bin runs in a tmux pane
// of 80 and of 120 columns (a real TTY, so the width comes from the terminal,
// not from COLUMNS), and the pane's screen is captured and kept as a snapshot.
// The README shows the 80-column capture.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {CONFIG, ROADS, WATER} from './documents.js'
import {ensureDebianTool} from '../support/debian-tool.js'
import {BIN, ROOT, tempProject} from './helpers.js'

const skipReason = ensureDebianTool('tmux', ['-V'], 'tmux')
/** A tmux server of our own, so the test never touches a user's sessions. */
const SOCKET = `lessonlint-test-${process.pid}`
const DONE = '__lessonlint_exit__'

function tmux(args: readonly string[]): string {
  const run = spawnSync('tmux', ['-L', SOCKET, ...args], {encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`tmux ${args[0]} failed: ${run.stderr}`)
  return run.stdout
}

/** Runs the bin in a detached pane of `columns` × 60 and returns the screen once it has exited, with its exit code. */
async function capture(columns: number, args: readonly string[], cwd: string): Promise<{screen: string; status: number}> {
  const session = `w${columns}`
  const command = [process.execPath, BIN, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ')
  tmux(['new-session', '-d', '-s', session, '-x', String(columns), '-y', '60', '-c', cwd, `${command}; echo ${DONE} $?; sleep 600`])
  try {
    for (let waited = 0; waited < 30_000; waited += 100) {
      const screen = tmux(['capture-pane', '-p', '-t', session, '-S', '-', '-E', '-'])
      const done = new RegExp(`^${DONE} (\\d+)$`, 'm').exec(screen)
      if (done) {
        const report = screen.slice(0, done.index).replace(/\s+$/, '')
        return {screen: `${report}\n`, status: Number(done[1])}
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`the bin did not finish in the ${columns}-column pane`)
  } finally {
    tmux(['kill-session', '-t', session])
  }
}

let project: ReturnType<typeof tempProject>
beforeAll(() => {
  project = tempProject({'.lessonlintrc.json': CONFIG, 'water.md': WATER, 'docs/roads.md': ROADS})
})
afterAll(() => {
  project.cleanup()
  if (skipReason === undefined) spawnSync('tmux', ['-L', SOCKET, 'kill-server'])
})

describe.skipIf(skipReason !== undefined)(`stylish in a real terminal${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  test.each([80, 120])('at %i columns: every line fits, and the screen is the snapshot', async (columns) => {
    const {screen, status} = await capture(columns, ['water.md', 'docs/roads.md'], project.dir)
    expect(status).toBe(1)
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(columns)
    await expect(screen).toMatchFileSnapshot(join(ROOT, `test/cli/snapshots/terminal-${columns}.txt`))
  })

  test('the README shows the 80-column screen as it is', async () => {
    const {screen} = await capture(80, ['water.md', 'docs/roads.md'], project.dir)
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`$ npx lessonlint water.md docs/roads.md\n${screen}\`\`\``)
  })

  test('--verbose at 80 columns: the why and the fix wrapped under each finding', async () => {
    const {screen} = await capture(80, ['--verbose', 'water.md'], project.dir)
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80)
    await expect(screen).toMatchFileSnapshot(join(ROOT, 'test/cli/snapshots/terminal-verbose-80.txt'))
  })
})
