// The lint worker of `lessonlint-language-server` with the ILO pack built in. The build
// bundles it, with core and the pack, into dist/server-worker.mjs (scripts/build-command.mjs),
// which the server's thread loads as one module rather than some 700.
import {rules} from '@lessonlint/rules-ilo'
import {serveLints} from './worker.js'

serveLints(rules)
