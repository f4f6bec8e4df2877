// What the build scripts that run esbuild (build-cjs.mjs, build-command.mjs) do with its errors
// and warnings: print them as esbuild formats them and fail the build, since a warning there (an
// import that cannot be resolved, a require it cannot follow) is a bundle that fails at run time.
import * as esbuild from 'esbuild'

/** Exits the build with esbuild's messages when the result has any. */
export async function failOnProblems(result) {
  const problems = [...result.errors, ...result.warnings]
  if (problems.length === 0) return
  const text = await esbuild.formatMessages(problems, {kind: 'error'})
  process.stderr.write(text.join('\n'))
  process.exit(1)
}
