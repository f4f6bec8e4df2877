// Runs recheck (its pure JavaScript backend) on the patterns given as JSON on
// stdin ([{source, flags}]) and prints one verdict per pattern as JSON. A child
// process of patterns.test.ts: the analysis is synchronous CPU work, which
// would otherwise block the test runner's worker for minutes.
import {createRequire} from 'node:module'

process.env.RECHECK_BACKEND = 'pure'
const require = createRequire(import.meta.url)
const {check} = require('recheck')

let input = ''
for await (const chunk of process.stdin) input += chunk
const {patterns, timeout} = JSON.parse(input)
const verdicts = []
for (const {source, flags} of patterns) {
  // The time limit is for a machine with nothing else to do: a pattern that ran out of it while
  // other tests share the cores gets a second try with three times as long before it is undecided.
  let diagnostics = await check(source, flags, {timeout})
  if (diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout') diagnostics = await check(source, flags, {timeout: 3 * timeout})
  verdicts.push({
    status: diagnostics.status,
    summary: diagnostics.status === 'vulnerable' ? diagnostics.complexity.summary : diagnostics.status === 'unknown' ? diagnostics.error.kind : '',
    attack: diagnostics.status === 'vulnerable' ? diagnostics.attack.pattern : '',
  })
}
process.stdout.write(JSON.stringify(verdicts))
