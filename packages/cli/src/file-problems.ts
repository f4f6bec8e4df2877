// What the CLI says about files it could not read or fix, beside the report: one line each on
// stderr, after the report. Exit codes: a fix that was not written fails the run (2), as in
// Prettier's --write; a folder or link that could not be read is a warning, unless nothing at
// all could be read (then the run fails with one line naming what could not be read).
import type {FixSkipReason, UnreadablePath} from '@lessonlint/core'
import {displayPath} from './formatters/paths.js'
import type {CliIo} from './cli.js'
import type {ReportedResult} from './formatters/index.js'

/** What the user can do next, after the core's reason. */
const NEXT_STEP: Partial<Record<FixSkipReason, string>> = {
  changed: 'run --fix again',
}

function whatCannotBeRead(item: UnreadablePath, cwd: string): string {
  const shown = displayPath(item.path, cwd)
  return item.kind === 'folder' ? `cannot read the folder ${shown}: ${item.reason}` : `cannot read ${shown}: ${item.reason}`
}

/** The one-line failure of a run that found things to read and could read none of them. */
export function nothingRead(unreadable: readonly UnreadablePath[], cwd: string): Error {
  return new Error(`Nothing was linted: ${unreadable.map((item) => whatCannotBeRead(item, cwd)).join('; ')}.`)
}

/**
 * Prints a line per unreadable path and per fix that was not written; true when a fix was
 * not written (the run must not claim success).
 */
export function reportFileProblems(results: readonly ReportedResult[], unreadable: readonly UnreadablePath[], io: Pick<CliIo, 'stderr' | 'cwd'>): boolean {
  for (const item of unreadable) {
    const consequence = item.kind === 'folder' ? 'the files in it were not linted' : 'not linted'
    io.stderr.write(`lessonlint: warning: ${whatCannotBeRead(item, io.cwd)}; ${consequence}.\n`)
  }
  let fixFailed = false
  for (const result of results) {
    if (!result.fixSkipped) continue
    fixFailed = true
    const next = NEXT_STEP[result.fixSkipped.reason]
    io.stderr.write(`lessonlint: ${displayPath(result.filePath, io.cwd)}: fixes not written: ${result.fixSkipped.message}${next ? `; ${next}` : ''}.\n`)
  }
  return fixFailed
}
