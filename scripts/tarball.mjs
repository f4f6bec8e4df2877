// Reads npm package tarballs (gzipped ustar, as `pnpm pack` and `npm pack` write them)
// without a dependency: the file list and the text of one file.
import {readFileSync} from 'node:fs'
import {gunzipSync} from 'node:zlib'

/** Every regular file in the tarball: path (as `package/...`) and content. */
export function readTarball(file) {
  const data = gunzipSync(readFileSync(file))
  const entries = []
  let longPath
  for (let offset = 0; offset + 512 <= data.length; ) {
    const header = data.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '')
    const size = Number.parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1)
    const body = data.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (type === 'x') {
      // A pax header: its `path` record names the next entry.
      const match = /^\d+ path=(.*)$/m.exec(body.toString('utf8'))
      longPath = match?.[1]
      continue
    }
    const prefix = field(345, 155)
    const path = longPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    longPath = undefined
    if (type === '0' || type === '') entries.push({path, content: Buffer.from(body)})
  }
  return entries
}

export function listTarball(file) {
  return readTarball(file).map((entry) => entry.path)
}

export function readTarballFile(file, path) {
  const entry = readTarball(file).find((candidate) => candidate.path === path)
  if (!entry) throw new Error(`${file} has no ${path}`)
  return entry.content.toString('utf8')
}
