import {lintText} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'
import {readFileSync} from 'node:fs'
const src = readFileSync('/tmp/fam.js', 'utf8')
const {proposal, repeat} = new Function(src.replace(/export /g, '') + '; return {proposal, repeat}')()
const n = Number(process.argv[2] ?? 32000)
const text = proposal('activities', `The project offers ${repeat('Training and Coaching and ', n)}more.`)
for (let i = 0; i < 3; i++) lintText(proposal('activities', `The project offers ${repeat('Training and Coaching and ', 1000)}more.`), {rules})
const t0 = performance.now(); lintText(text, {rules}); console.log(n, text.length, (performance.now() - t0).toFixed(0), 'ms')
