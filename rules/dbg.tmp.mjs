import {buildModel, isHistory} from '@lessonlint/core'
import fs from 'node:fs'
const [file, mod, name] = process.argv.slice(2)
const lex = (await import(`./dist/lexicons/${mod}.js`))[name]
const m = buildModel(fs.readFileSync(file,'utf8'))
for (const x of m.find(lex, {includeNegated: true})) console.log(x.range.start.line, JSON.stringify(x.text), 'neg', x.negated, 'hist', isHistory(x.sentence, x), x.section?.heading.title, x.section?.kinds, JSON.stringify(x.sentence.text.slice(0,80)))
