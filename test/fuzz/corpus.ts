// What the fuzzer builds documents from: the sample proposals (fixtures/*.md)
// whole, and the blocks of every rule fixture (rules/<id>/{valid,invalid}/*.md)
// sorted by kind, so generated proposals speak the pack's vocabulary (training,
// gender, migration, budgets, partners) in English, French and Spanish.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function markdownIn(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.md') && name !== 'README.md' && !name.endsWith('.fixed.md'))
      .sort()
      .map((name) => path.join(folder, name))
  } catch {
    return []
  }
}

/** The sample proposals, byte for byte (05 has CRLF line endings). */
export const FIXTURES: ReadonlyArray<{name: string; text: string}> = markdownIn(path.join(ROOT, 'fixtures')).map((file) => ({
  name: path.basename(file),
  text: readFileSync(file, 'utf8'),
}))

const ruleFixtureTexts: string[] = readdirSync(path.join(ROOT, 'rules'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => [
    ...markdownIn(path.join(ROOT, 'rules', entry.name, 'valid')),
    ...markdownIn(path.join(ROOT, 'rules', entry.name, 'invalid')),
  ])
  .map((file) => readFileSync(file, 'utf8'))

export interface Pools {
  headings: string[]
  paragraphs: string[]
  lists: string[]
  tables: string[]
  frontMatters: string[]
  comments: string[]
}

function collectPools(texts: readonly string[]): Pools {
  const pools: Pools = {headings: [], paragraphs: [], lists: [], tables: [], frontMatters: [], comments: []}
  for (const raw of texts) {
    let text = raw.replace(/\r\n?/g, '\n').replace(/^<!-- lessonlint-fixture:[^\n]*\n/, '')
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)
    if (front) {
      pools.frontMatters.push(front[0].slice(4, -5))
      text = text.slice(front[0].length)
    }
    for (const block of text.split(/\n{2,}/)) {
      const trimmed = block.trim()
      if (trimmed === '' || trimmed.startsWith('<!-- expect')) continue
      const first = trimmed.split('\n')[0]!
      if (/^#{1,6} /.test(first)) {
        pools.headings.push(first.replace(/^#{1,6} /, ''))
        const rest = trimmed.split('\n').slice(1).join('\n').trim()
        if (rest) pools.paragraphs.push(rest)
      } else if (first.startsWith('|')) pools.tables.push(trimmed)
      else if (/^(?:[-*+]|\d+[.)]) /.test(first)) pools.lists.push(trimmed)
      else if (first.startsWith('<!--')) pools.comments.push(trimmed)
      else pools.paragraphs.push(trimmed)
    }
  }
  const unique = (list: string[]) => [...new Set(list)].sort()
  return {
    headings: unique(pools.headings),
    paragraphs: unique(pools.paragraphs),
    lists: unique(pools.lists),
    tables: unique(pools.tables),
    frontMatters: unique(pools.frontMatters),
    comments: unique(pools.comments),
  }
}

export const POOLS: Pools = collectPools([...ruleFixtureTexts, ...FIXTURES.map((fixture) => fixture.text)])
