// What each worker thread of the `lessonlint` command (`--concurrency`) runs: file jobs with
// the ILO pack. The build bundles it with core and the pack into dist/command-worker.mjs
// (scripts/build-command.mjs), which a thread loads in a fraction of the time their modules take.
import {servePoolThread} from '@lessonlint/core'
import {rules} from '@lessonlint/rules-ilo'

await servePoolThread(async () => rules)
