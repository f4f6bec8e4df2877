export interface TarballEntry {
  /** As in the tarball: `package/...`. */
  path: string
  content: Buffer
}
export function readTarball(file: string): TarballEntry[]
export function listTarball(file: string): string[]
export function readTarballFile(file: string, path: string): string
