import {clauseBounds} from '../packages/core/dist/text/negation.js'
const t = process.argv[2]; const w = process.argv[3]
const i = t.indexOf(w)
const [a,b] = clauseBounds(t, i, i + w.length)
console.log(JSON.stringify(t.slice(a,b)))
