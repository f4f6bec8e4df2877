import {displayPath} from './paths.js'
import type {Formatter} from './types.js'

/** Characters XML 1.0 cannot hold at all (control characters other than tab and line breaks, lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/**
 * JUnit XML, for CI systems that show test reports (GitLab's `reports: junit`,
 * Jenkins, Azure Pipelines): one test suite per file, one failing test case per
 * finding (its type the severity, its text the whole message with the place),
 * and one passing case for a clean file, as ESLint's junit formatter does.
 */
export const junit: Formatter = (results, context) => {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd)
    const cases = result.diagnostics.map((d) => {
      const place = `${path}:${d.range.start.line}:${d.range.start.column}`
      const problem = (d.parts?.problem ?? d.message).replace(/\s+/g, ' ').trim()
      return [
        `    <testcase name="${escapeXml(`${place} ${d.ruleId}`)}" classname="${escapeXml(path)}">`,
        `      <failure type="${d.severity}" message="${escapeXml(problem)}">${escapeXml(`${d.severity} at ${place}: ${d.message} (${d.ruleId})`)}</failure>`,
        '    </testcase>',
      ].join('\n')
    })
    if (cases.length === 0) cases.push(`    <testcase name="${escapeXml(path)}" classname="${escapeXml(path)}"/>`)
    const count = Math.max(result.diagnostics.length, 1)
    tests += count
    failures += result.diagnostics.length
    suites.push(
      `  <testsuite name="${escapeXml(path)}" tests="${count}" failures="${result.diagnostics.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    )
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lessonlint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}
