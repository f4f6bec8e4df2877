import {isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'

/** What a text linted without a file path is called in reports. */
export const NO_FILE = '<text>'

/** The path a reader expects: relative to cwd with forward slashes, or absolute when outside cwd. */
export function displayPath(filePath: string | undefined, cwd: string): string {
  if (filePath === undefined) return NO_FILE
  const rel = relative(cwd, resolve(cwd, filePath))
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return resolve(cwd, filePath)
  return sep === '/' ? rel : rel.split(sep).join('/')
}

/**
 * A SARIF artifact location: a relative URI under `%SRCROOT%` for files inside cwd (what GitHub
 * code scanning needs to place alerts), an absolute `file:` URI for files outside it.
 */
export function artifactLocation(
  filePath: string | undefined,
  cwd: string,
): {uri: string; uriBaseId?: string} {
  if (filePath === undefined) return {uri: encodeURIComponent(NO_FILE)}
  const shown = displayPath(filePath, cwd)
  if (isAbsolute(shown)) return {uri: pathToFileURL(shown).href}
  return {uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'}
}
