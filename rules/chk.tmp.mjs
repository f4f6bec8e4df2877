import {defineLexicon} from '@lessonlint/core'
import ts from 'typescript'
import fs from 'node:fs'
const src = ts.transpileModule(fs.readFileSync('lexicons/social-partners-gazetteer.ts','utf8'), {compilerOptions: {module: 99}}).outputText
fs.writeFileSync('/tmp/gz.mjs', src)
const {NATIONAL_SOCIAL_PARTNERS} = await import('/tmp/gz.mjs')
for (const e of NATIONAL_SOCIAL_PARTNERS) for (const t of [e.acronym, ...e.names]) { if (!t) continue; try { defineLexicon('x', {en: [t]}) } catch (err) { console.log(e.country, JSON.stringify(t), String(err.message).split(':').slice(2).join(':').slice(0,60)) } }
