#!/usr/bin/env node
import v8 from 'node:v8'

// A run lints thousands of sentences with code that starts cold, and V8's optimising compiler spent
// a quarter of a run's CPU time inlining it, on the helper core a second thread would use. With a
// smaller inlining budget a run over many proposals takes a tenth less time and a fifth less CPU,
// and a long run is no slower (test/bench). Set before any of the code is loaded.
v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100')

// A reader that stops early (`lessonlint | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

// Imported dynamically so that even a broken install ends in one line, not a stack trace.
try {
  const {main} = await import('../dist/command.mjs')
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`lessonlint: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.LESSONLINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  process.exitCode = 2
}
