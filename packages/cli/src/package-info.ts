import {readFileSync} from 'node:fs'

interface PackageJson {
  version: string
  homepage?: string
}

let pkg: PackageJson | undefined

/** packages/cli/package.json, one level above both src/ and dist/. */
function read(): PackageJson {
  pkg ??= JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as PackageJson
  return pkg
}

export function version(): string {
  return read().version
}

export function homepage(): string | undefined {
  return read().homepage
}
