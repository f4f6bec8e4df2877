// node /tmp/lexhit.mjs MODULE NAME "sentence" — hits of a rules lexicon in a sentence
import {buildModel} from '@lessonlint/core'
const [mod, name, text] = process.argv.slice(2)
const lex = (await import(`./dist/lexicons/${mod}.js`))[name]
const model = buildModel(`# T\n\n## Activities\n\n${text}\n`)
console.log(model.find(lex, {includeNegated: true}).map((m) => [m.text, m.negated]))
