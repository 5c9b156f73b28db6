import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {readLines} from '@/lib/content/snapshot/read-lines'
import {forEachLine} from '@/lib/content/snapshot/reparse-lines'

// The snapshot store reads the file a chunk at a time (read-lines.ts). Whatever the chunk size,
// the lines handed on must be exactly the file's lines: lines split across chunks, longer than
// several chunks, blank, multi-byte characters cut in two, and a last line without a newline.

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-lines-'))
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

async function linesOf(text: string, chunkSize: number): Promise<string[]> {
  const file = path.join(dir, 'data.ndjson')
  fs.writeFileSync(file, text)
  const handle = await fs.promises.open(file, 'r')
  const lines: string[] = []
  try {
    // Copied: the buffer handed to the callback is reused for the next chunk.
    await readLines(handle, (await handle.stat()).size, (line) => lines.push(Buffer.from(line).toString('utf8')), chunkSize)
  } finally {
    await handle.close()
  }
  return lines
}

function expectedLines(text: string): string[] {
  const lines: string[] = []
  const bytes = Buffer.from(text, 'utf8')
  forEachLine(bytes, (line) => lines.push(line.toString('utf8')))
  // forEachLine yields the empty rest after a final newline (or of an empty text); a file read does not.
  if (text === '' || text.endsWith('\n')) lines.pop()
  return lines
}

const TEXTS = {
  'short lines': '{"a":1}\n{"b":2}\n{"c":3}\n',
  'no final newline': '{"a":1}\n{"b":2}',
  'blank lines': '\n\n{"a":1}\n  \n\n{"b":2}\n\n',
  'a line of many chunks': `{"a":"${'x'.repeat(200)}"}\n{"b":"${'y'.repeat(57)}"}\n`,
  'chinese text': '{"title":"毛孔可以永久缩小吗"}\n{"title":"痘痘与痘印"}\n',
  'only newlines': '\n\n\n',
  empty: '',
}

describe('readLines', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`hands on exactly the file's lines (${name}) whatever the chunk size`, async () => {
      for (const chunkSize of [1, 2, 3, 7, 16, 64, 1 << 20]) {
        expect(await linesOf(text, chunkSize)).toEqual(expectedLines(text))
      }
    })
  }
})
