export interface PackedPackage {
  name: string
  version: string
  /** The package's folder in the workspace. */
  dir: string
  /** The absolute path of its tarball. */
  tarball: string
}
export function publishedPackageDirs(): string[]
export function checkTarball(file: string): string[]
export function packRelease(options?: {outDir?: string; build?: boolean; quiet?: boolean}): PackedPackage[]
