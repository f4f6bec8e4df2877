// The README's example is code users copy: run it, so the doc cannot rot.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, describe, expect, it, vi} from 'vitest'

const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8')

function exampleBlock(): string {
  const section = readme.slice(readme.indexOf('## Example'))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (!match) throw new Error('README has no ts block under "## Example"')
  return match[1]!
}

describe('README example', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true})
    vi.restoreAllMocks()
  })

  it('runs, and prints what its comments say', async () => {
    const code = exampleBlock()
    expect(code).toContain("from '@lessonlint/core'")
    // Point the import at this package's sources, so the test needs no build.
    const source = code.replace("'@lessonlint/core'", JSON.stringify(join(packageDir, 'src/index.ts')))
    const dir = mkdtempSync(join(tmpdir(), 'lessonlint-readme-'))
    dirs.push(dir)
    const file = join(dir, 'example.ts')
    writeFileSync(file, source)

    const logged: unknown[] = []
    vi.spyOn(console, 'log').mockImplementation((value: unknown) => void logged.push(value))
    await import(file)

    expect(logged).toHaveLength(2)
    const [lines, remaining] = logged as [string[], number]
    expect(lines).toHaveLength(1)
    expect(lines[0]).toBe(
      '1:1 evaluation-plan No evaluation is planned in "Decent work for fishers". Without one, nobody learns whether the project worked. Plan a mid-term or final evaluation in the M&E section.',
    )
    expect(code).toContain(`// [ '${lines[0]!.slice(0, 80)}`)
    expect(remaining).toBe(0)
    expect(code).toContain('console.log(lintText(fixed.text, {rules: [evaluationPlan]}).diagnostics.length) // 0')
  })
})
