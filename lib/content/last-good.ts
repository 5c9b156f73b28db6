import 'server-only'
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * The last successful answer to each published query, kept so that a page can still be rendered
 * with it when the content source fails during a regeneration. Held in memory and, best effort, on
 * disk under .next/cache: the build writes the answers its prerendering used, so a freshly started
 * server can fall back too. A read-only filesystem only loses the disk copy.
 */
type Entry = {value: unknown}

const memory = new Map<string, Entry>()
const written = new Map<string, string>()

function directory(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'content-last-good')
}

export function lastGoodKey(query: string, params: unknown): string {
  return createHash('sha256').update(query).update('\0').update(JSON.stringify(params)).digest('hex').slice(0, 40)
}

export async function rememberLastGood(key: string, value: unknown): Promise<void> {
  memory.set(key, {value})
  const text = JSON.stringify({value})
  if (written.get(key) === text) return
  try {
    const dir = directory()
    await fs.mkdir(/*turbopackIgnore: true*/ dir, {recursive: true})
    const file = path.join(dir, `${key}.json`)
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`
    await fs.writeFile(/*turbopackIgnore: true*/ temp, text)
    await fs.rename(/*turbopackIgnore: true*/ temp, file)
    written.set(key, text)
  } catch {
    // Memory still holds it.
  }
}

export async function recallLastGood(key: string): Promise<Entry | undefined> {
  const held = memory.get(key)
  if (held) return held
  try {
    const text = await fs.readFile(/*turbopackIgnore: true*/ path.join(directory(), `${key}.json`), 'utf8')
    const entry = JSON.parse(text) as Entry
    if (!entry || typeof entry !== 'object' || !('value' in entry)) return undefined
    memory.set(key, entry)
    return entry
  } catch {
    return undefined
  }
}
