import {randomBytes} from 'node:crypto'
import {constants, type Stats} from 'node:fs'
import {access, open, readFile, realpath, rename, rm, stat, type FileHandle} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** Why `writeFileAtomic` left a file as it was. */
export type WriteRefusal = 'changed' | 'deleted' | 'read-only' | 'permission-denied' | 'hard-links' | 'not-a-file'

/** What `writeFileAtomic` did: wrote `path` (a symbolic link's target), or refused, and why in words. */
export type WriteOutcome = {written: true; path: string} | {written: false; reason: WriteRefusal; message: string}

export interface WriteFileAtomicOptions {
  /**
   * The bytes the file must still hold when the new content is put in place. They are read
   * again just before the rename; when they differ (an editor saved meanwhile, even keeping
   * the modification time), nothing is written and the outcome is `changed` (`deleted` when
   * the file is gone).
   */
  expected?: Uint8Array
}

/**
 * Replaces a file's content atomically: a temp file in the same folder (same
 * file system, so the rename is atomic), flushed to disk, renamed over the
 * original. Readers see the old content or the new one, never half of it; the
 * temp file never outlives the call.
 *
 * - A symbolic link is followed: its target gets the new content and the link stays a link.
 * - The file's permission bits are kept exactly (the umask does not apply), and its owner
 *   and group when the process may set them.
 * - Refused, with the file untouched: a read-only file (no write bit set, whoever runs it,
 *   root included), one the process may not write, one with several hard links (the rename
 *   would leave the other names with the old text), anything but a regular file, and, with
 *   `expected`, a file whose content changed since it was read.
 *
 * Throws only on input/output errors (a full disk, a file system gone read-only).
 *
 * The content check narrows the window in which another program's save can be lost from the
 * whole lint to the moment between that last read and the rename: file systems offer no
 * rename that happens only if the target is unchanged.
 */
export async function writeFileAtomic(file: string, content: string, options: WriteFileAtomicOptions = {}): Promise<WriteOutcome> {
  let target: string
  let stats: Stats
  try {
    target = await realpath(file)
    stats = await stat(target)
  } catch (error) {
    if (options.expected !== undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return gone()
    throw error
  }
  if (!stats.isFile()) return refuse('not-a-file', 'it is not a regular file')
  const permissions = stats.mode & 0o7777
  if ((permissions & 0o222) === 0) {
    return refuse('read-only', `the file is read-only (mode ${(permissions & 0o777).toString(8).padStart(3, '0')}); make it writable to fix it`)
  }
  try {
    await access(target, constants.W_OK)
  } catch {
    return refuse('permission-denied', 'permission denied: this user may not write the file')
  }
  if (stats.nlink > 1) {
    return refuse('hard-links', `the file has ${stats.nlink} hard links; replacing it would leave the other names with the old text`)
  }

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.lessonlint-tmp`)
  let handle: FileHandle
  try {
    handle = await open(temp, 'wx', 0o600)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES' || code === 'EPERM') {
      return refuse('permission-denied', 'permission denied: this user may not create files in its folder (the fixed text goes to a temporary file there, then replaces the file)')
    }
    throw error
  }
  try {
    try {
      await handle.writeFile(content, 'utf8')
      // Owner first: chown clears set-user-ID bits, which chmod then restores.
      if (stats.uid !== process.getuid?.() || stats.gid !== process.getgid?.()) await handle.chown(stats.uid, stats.gid).catch(() => undefined)
      await handle.chmod(permissions)
      await handle.sync()
    } finally {
      await handle.close()
    }
    // As late as possible: the file still holds what was linted, byte for byte.
    if (options.expected !== undefined) {
      const now = await readFile(target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)))
      if (now === undefined || !now.equals(options.expected)) {
        await rm(temp, {force: true})
        return now === undefined ? gone() : refuse('changed', 'the file changed while it was being fixed (another program wrote to it); its new content is kept')
      }
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, {force: true})
    throw error
  }
  return {written: true, path: target}
}

function gone(): WriteOutcome {
  return refuse('deleted', 'the file was deleted or moved while it was being fixed')
}

function refuse(reason: WriteRefusal, message: string): WriteOutcome {
  return {written: false, reason, message}
}
