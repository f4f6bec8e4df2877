import {createHash} from 'node:crypto'
import type {Severity} from '@lessonlint/core'
import {LineFingerprints} from './fingerprints.js'
import {displayPath} from './paths.js'
import type {Formatter} from './types.js'

/** GitLab's scale is info, minor, major, critical, blocker: errors rank above warnings in the merge request widget. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = {error: 'major', warning: 'minor', info: 'info'}

/** One issue of GitLab's code quality report (the subset of the Code Climate spec GitLab reads). */
export interface GitlabIssue {
  description: string
  check_name: string
  /** Unique per issue: GitLab shows only the first of issues sharing one. */
  fingerprint: string
  severity: 'info' | 'minor' | 'major'
  location: {path: string; lines: {begin: number; end: number}}
}

/**
 * GitLab code quality (`artifacts: reports: codequality:`): a JSON array of
 * issues shown in the merge request widget and diff. The fingerprint follows a
 * finding while its line is unchanged, as the SARIF one does, so GitLab can
 * tell new findings from old ones.
 */
export const gitlab: Formatter = (results, context) => {
  const issues: GitlabIssue[] = []
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd)
    const fingerprints = new LineFingerprints(result.text)
    for (const d of result.diagnostics) {
      issues.push({
        description: `${(d.parts?.problem ?? d.message).replace(/\s+/g, ' ').trim()} (${d.ruleId})`,
        check_name: d.ruleId,
        // GitLab expects an MD5-like hex string: the line fingerprint, hashed once more with its occurrence.
        fingerprint: createHash('md5').update(fingerprints.next(d, path)).digest('hex'),
        severity: SEVERITY[d.severity],
        location: {path, lines: {begin: d.range.start.line, end: d.range.end.line}},
      })
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`
}
