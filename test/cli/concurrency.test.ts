// --concurrency: files linted in worker threads give the very output of a run in one thread.
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {lessonlint, ROOT} from './helpers.js'

const SHARED = join(ROOT, '..', 'shared')
/** The sample proposals, the development corpus and the blind-written proposals: English, French, Spanish, CRLF, front matter. */
const paths = ['fixtures', 'test/proposals', ...(existsSync(join(SHARED, 'corpus')) ? [join(SHARED, 'corpus')] : [])]

/**
 * One run, after a turn of the event loop: each run blocks the test worker, and six in a row held it past the minute
 * in which vitest's runner expects its messages answered ("Timeout calling onTaskUpdate", with every test passed).
 */
async function runAfterATurn(args: string[]): Promise<ReturnType<typeof lessonlint>> {
  await new Promise((resolve) => setImmediate(resolve))
  return lessonlint(args, {cwd: ROOT})
}

describe('--concurrency', () => {
  test('threads or none, the JSON and SARIF reports and the exit code are the same', async () => {
    for (const format of ['json', 'sarif']) {
      const one = await runAfterATurn([...paths, '--format', format, '--concurrency', '1'])
      const two = await runAfterATurn([...paths, '--format', format, '--concurrency', '2'])
      const auto = await runAfterATurn([...paths, '--format', format])
      expect(one.status).toBe(1)
      expect(one.stderr).toBe('')
      // Dozens of files, findings in most.
      if (format === 'json') expect((JSON.parse(one.stdout) as Array<{messages: unknown[]}>).filter((r) => r.messages.length > 0).length).toBeGreaterThan(20)
      expect(two).toEqual(one)
      expect(auto).toEqual(one)
    }
    // Six runs over dozens of proposals: minutes on a busy two-core machine.
  }, 300_000)

  test.each(['0', 'many', '-2', '1.5'])('--concurrency %s is refused in one line', (value) => {
    const run = lessonlint(['fixtures', `--concurrency=${value}`], {cwd: ROOT})
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`lessonlint: --concurrency needs a whole number of threads from 1, or auto, not '${value}'. Run "lessonlint --help" for usage.\n`)
  })
})
