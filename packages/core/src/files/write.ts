import {randomBytes} from 'node:crypto'
import {open, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/**
 * Replaces a file's content atomically: a temp file in the same folder (same
 * file system, so the rename is atomic), flushed to disk, renamed over the
 * original. Readers see the old content or the new one, never half of it; the
 * temp file never outlives the call. The file's permissions are kept.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const {mode} = await stat(file)
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.lessonlint-tmp`)
  try {
    const handle = await open(temp, 'wx', mode & 0o7777)
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, {force: true})
    throw error
  }
}
