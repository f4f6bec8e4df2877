#!/usr/bin/env node
// `node scripts/set-version.mjs 0.2.0`: one version for every package of a release
// (core, rules, cli, language server and the VS Code extension move in lockstep;
// `workspace:*` ranges become this exact version when packed). See RELEASING.md.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {publishedPackageDirs} from './release-pack.mjs'

const version = process.argv[2]
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  process.stderr.write('Usage: node scripts/set-version.mjs <major.minor.patch[-prerelease]>\n')
  process.exit(2)
}
const root = join(import.meta.dirname, '..')
for (const dir of new Set([...publishedPackageDirs(), join(root, 'extension')])) {
  const file = join(dir, 'package.json')
  const text = readFileSync(file, 'utf8')
  const manifest = JSON.parse(text)
  if (manifest.version === version) continue
  // Only the "version" line changes: the rest of the file keeps its formatting.
  const updated = text.replace(/^(\s*"version":\s*)"[^"]*"/m, `$1"${version}"`)
  writeFileSync(file, updated)
  process.stdout.write(`${manifest.name}: ${manifest.version} → ${version}\n`)
}
