import type {FileHandle} from 'node:fs/promises'
import {forEachLine} from './reparse-lines'

// The snapshot is read a chunk at a time into one small buffer, and each line is handed on and
// forgotten: holding the whole file (83 MB at 5,000 posts) for the next reload to compare with cost
// as much memory as the parsed documents, and a buffer that size allocated on each publish made V8
// collect the whole heap. A chunk of 1 MiB keeps the reads few (80 at 5,000 posts).
const CHUNK = 1 << 20

/**
 * Calls `each` with every line of the first `size` bytes of the file, without its newline, in
 * order. The buffer passed is only valid during the call. Returns the milliseconds spent reading.
 */
export async function readLines(handle: FileHandle, size: number, each: (line: Buffer) => void, chunkSize = CHUNK): Promise<number> {
  const chunk = Buffer.allocUnsafe(Math.min(chunkSize, Math.max(size, 1)))
  // The start of a line that continues in the next chunk.
  let carried: Buffer[] = []
  let readMs = 0
  for (let position = 0; position < size; ) {
    const started = performance.now()
    const {bytesRead} = await handle.read(chunk, 0, Math.min(chunk.length, size - position), position)
    readMs += performance.now() - started
    if (bytesRead === 0) break
    position += bytesRead
    const bytes = chunk.subarray(0, bytesRead)
    const lastNewline = bytes.lastIndexOf(0x0a)
    if (lastNewline === -1) {
      carried.push(Buffer.from(bytes))
      continue
    }
    const firstNewline = bytes.indexOf(0x0a)
    if (carried.length > 0) {
      each(Buffer.concat([...carried, bytes.subarray(0, firstNewline)]))
      carried = []
    } else each(bytes.subarray(0, firstNewline))
    if (firstNewline < lastNewline) forEachLine(bytes.subarray(firstNewline + 1, lastNewline), each)
    if (lastNewline + 1 < bytesRead) carried.push(Buffer.from(bytes.subarray(lastNewline + 1)))
  }
  // The last line, when the file does not end with a newline.
  if (carried.length > 0) each(Buffer.concat(carried))
  return readMs
}
