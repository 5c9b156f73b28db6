import 'server-only'
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * The last successful answer to each published query, kept so that a page can still be rendered
 * with it when the content source fails during a regeneration. Kept on disk under .next/cache
 * (best effort: the build writes the answers its prerendering used, so a freshly started server can
 * fall back too) and, for the most recently used MEMORY_ENTRIES, in memory: a site of thousands of
 * pages would otherwise hold an answer per page for the life of the process. A read-only
 * filesystem only loses the disk copy.
 */
type Entry = {value: unknown}

const MEMORY_ENTRIES = 500
// Least recently used first.
const memory = new Map<string, Entry>()
// A hash of the text last written per key, so that an unchanged answer is not written again.
const written = new Map<string, string>()

function hold(key: string, entry: Entry): void {
  memory.delete(key)
  memory.set(key, entry)
  if (memory.size > MEMORY_ENTRIES) memory.delete(memory.keys().next().value!)
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64')

function directory(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'content-last-good')
}

export function lastGoodKey(query: string, params: unknown): string {
  return createHash('sha256').update(query).update('\0').update(JSON.stringify(params)).digest('hex').slice(0, 40)
}

export async function rememberLastGood(key: string, value: unknown): Promise<void> {
  hold(key, {value})
  const text = JSON.stringify({value})
  const hash = digest(text)
  if (written.get(key) === hash) return
  try {
    const dir = directory()
    await fs.mkdir(/*turbopackIgnore: true*/ dir, {recursive: true})
    const file = path.join(dir, `${key}.json`)
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`
    await fs.writeFile(/*turbopackIgnore: true*/ temp, text)
    await fs.rename(/*turbopackIgnore: true*/ temp, file)
    written.set(key, hash)
  } catch {
    // Memory still holds it.
  }
}

export async function recallLastGood(key: string): Promise<Entry | undefined> {
  const held = memory.get(key)
  if (held) {
    hold(key, held)
    return held
  }
  try {
    const text = await fs.readFile(/*turbopackIgnore: true*/ path.join(directory(), `${key}.json`), 'utf8')
    const entry = JSON.parse(text) as Entry
    if (!entry || typeof entry !== 'object' || !('value' in entry)) return undefined
    hold(key, entry)
    return entry
  } catch {
    return undefined
  }
}
