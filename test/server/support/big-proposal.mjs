// A large proposal for the server's responsiveness tests and measurements: the
// sample proposals in fixtures/ one after another (front matter only at the top,
// as a real document has it, LF line endings), repeated until the text reaches
// the size asked for. Its sections are real proposal sections, so every rule has
// work to do, as on a long real document.
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../fixtures')

/** @param {number} targetBytes @returns {string} */
export function bigProposal(targetBytes = 200 * 1024) {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
  const bodies = files.map((name) => readFileSync(join(FIXTURES, name), 'utf8').replace(/\r\n?/g, '\n'))
  let text = ''
  for (let round = 0; Buffer.byteLength(text) < targetBytes; round++) {
    for (const body of bodies) {
      text += (text === '' ? body : body.replace(/^---\n[\s\S]*?\n---\n/, '')) + '\n'
      if (Buffer.byteLength(text) >= targetBytes) break
    }
  }
  return text
}
