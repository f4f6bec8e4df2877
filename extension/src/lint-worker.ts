// The lint worker as the extension ships it: bundled with the ILO lesson pack
// into out/lint-worker.js, started by the server (out/server.js) as a worker
// thread, so that lints never hold up hovers, code actions and the outline.
import {serveLints} from '@lessonlint/language-server/worker'
import {rules} from '@lessonlint/rules-ilo'

serveLints(rules)
