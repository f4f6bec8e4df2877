#!/usr/bin/env node
// Imported dynamically so that even a broken install ends in one line, not a stack trace.

// A reader that stops early (`lessonlint | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}
try {
  const {main} = await import('../dist/command.mjs')
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`lessonlint: ${error instanceof Error ? error.message : String(error)}\n`)
  if (process.env.LESSONLINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  process.exitCode = 2
}
