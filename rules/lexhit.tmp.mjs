import {buildModel} from '@lessonlint/core'
import * as L from './dist/lexicons/migration.js'
const text = process.argv[2]
const m = buildModel(`# T\n\n## Objectives\n\n${text}\n`)
for (const [name, lex] of Object.entries(L)) { if (!lex || typeof lex !== 'object' || !('terms' in lex)) continue; const f = m.find(lex, {includeNegated: true}); if (f.length) console.log(name, f.map(x => x.text + (x.negated ? '(neg)' : '')).join(' | ')) }
