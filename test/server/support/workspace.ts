import {mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

/** A throwaway workspace folder. */
export class TempWorkspace {
  readonly dir: string

  constructor(prefix = 'lessonlint-server-') {
    // realpath: the server compares paths it gets from URIs with paths it finds on disk.
    this.dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)))
  }

  get uri(): string {
    return pathToFileURL(this.dir).href
  }

  path(name: string): string {
    return join(this.dir, name)
  }

  uriOf(name: string): string {
    return pathToFileURL(this.path(name)).href
  }

  write(name: string, text: string): string {
    writeFileSync(this.path(name), text)
    return this.uriOf(name)
  }

  dispose(): void {
    rmSync(this.dir, {recursive: true, force: true})
  }
}
