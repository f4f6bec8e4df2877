// The fixture format of rules/<id>/{valid,invalid}/*.md lives in the core
// (`@lessonlint/core`'s testing module, which plugin authors use through
// RuleTester); this file adds what is particular to this pack: where the rule
// folders are and how their TypeScript rules are imported. The fixture runner
// (rules/fixtures.test.ts) and the docs generator (build-docs.mjs) read
// fixtures through it. Plain JavaScript with JSDoc types: the docs script runs
// under bare Node 20.
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

import {fixturesIn, isRule, orphanFixedFilesIn} from '@lessonlint/core'

export {
  applyFixes,
  configFor,
  describeDiagnostics,
  fixesOf,
  FixtureFormatError,
  frontMatterLineCount,
  isRule,
  keysOfDiagnostics,
  keysOfMarkers,
  lintFixture,
  mapOffsetThroughFixes,
  parseHeader,
  parseMarkers,
  sortDiagnostics,
  splitLines,
  stripFixtureComments,
} from '@lessonlint/core'

/** @typedef {import('@lessonlint/core').Rule} Rule */
/** @typedef {import('@lessonlint/core').Fixture} Fixture */

/** Folders beside the rule folders that hold no rule. */
const NOT_RULE_FOLDERS = new Set(['lexicons', 'shared', 'scripts', 'dist', 'node_modules'])

// ---------------------------------------------------------------------------
// Discovery

/** The `rules/` folder. */
export function rulesDirectory() {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
}

/**
 * Folders of `rules/` that are rule folders: every folder but the shared ones.
 * @param {string} rulesDir
 */
export function ruleFolders(rulesDir) {
  return readdirSync(rulesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && !NOT_RULE_FOLDERS.has(entry.name) && !/^[._]/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/**
 * The rule a folder's `index.ts` exports by default (TypeScript sources: vitest only).
 * @param {string} rulesDir
 * @param {string} folder
 * @returns {Promise<Rule>}
 */
export async function importRule(rulesDir, folder) {
  const file = path.join(rulesDir, folder, 'index.ts')
  if (!existsSync(file)) throw new Error(`rules/${folder}/ has no index.ts`)
  const module = await import(pathToFileURL(file).href)
  if (!isRule(module.default)) {
    throw new Error(`rules/${folder}/index.ts must export the rule as its default export ({meta, check})`)
  }
  return module.default
}

/**
 * @param {string} rulesDir
 * @param {string} folder
 * @returns {Fixture[]}
 */
export function fixturesOf(rulesDir, folder) {
  return fixturesIn(path.join(rulesDir, folder), folder)
}

/**
 * `.fixed.md` files with no invalid fixture beside them (a renamed fixture leaves one behind).
 * @param {string} rulesDir
 * @param {string} folder
 */
export function orphanFixedFiles(rulesDir, folder) {
  return orphanFixedFilesIn(path.join(rulesDir, folder))
}
