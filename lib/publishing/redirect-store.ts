import 'server-only'
import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type {SanityClient} from '@sanity/client'
import {contentSourceName, createSanityClient, snapshotFile} from '@/lib/content'
import {env} from '@/lib/platform/env'
import type {RedirectStore, StoredRedirect} from './rename-redirects'

// System fields Content Lake sets itself; sending them back in createOrReplace is refused or ignored.
function withoutSystemFields({_rev: _r, _createdAt: _c, _updatedAt: _u, ...doc}: StoredRedirect): StoredRedirect {
  return doc
}

/** Content Lake through @sanity/client with a write token; one transaction per publish. */
export function sanityRedirectStore(client: SanityClient): RedirectStore {
  return {
    list: () => client.fetch<StoredRedirect[]>('*[_type == "redirect"]', {}, {perspective: 'published'}),
    async apply({put, remove}) {
      const transaction = client.transaction()
      for (const doc of put) transaction.createOrReplace({...withoutSystemFields(doc), _type: 'redirect'})
      for (const id of remove) transaction.delete(id)
      await transaction.commit({visibility: 'sync'})
    },
  }
}

/**
 * The bundled snapshot file (snapshot mode), changed the way content:publish changes it: the
 * whole file written beside and renamed over, so the site never reads half of it. Writes are
 * queued in this process, so two webhooks at once cannot lose each other's redirect.
 */
export function snapshotRedirectStore(file: string, now: () => Date = () => new Date()): RedirectStore {
  let queue: Promise<unknown> = Promise.resolve()
  const readText = () => fs.readFile(/*turbopackIgnore: true*/ file, 'utf8')
  const readLines = async () => (await readText()).split('\n').filter((line) => line.trim() !== '')
  return {
    async list() {
      return (await readLines())
        .map((line) => JSON.parse(line) as StoredRedirect & {_type?: unknown})
        .filter((doc) => doc._type === 'redirect' && !doc._id.startsWith('drafts.'))
    },
    apply(plan) {
      const run = queue.then(async () => {
        const stamp = now().toISOString()
        const put = new Map(plan.put.map((doc) => [doc._id, doc]))
        const text = await readText()
        const lines: string[] = []
        for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
          const {_id} = JSON.parse(line) as {_id: string}
          const next = put.get(_id)
          if (plan.remove.includes(_id)) continue
          if (!next) lines.push(line)
          else {
            lines.push(JSON.stringify({...next, _type: 'redirect', _updatedAt: stamp, _rev: randomBytes(11).toString('base64url')}))
            put.delete(_id)
          }
        }
        for (const doc of put.values()) {
          lines.push(JSON.stringify({...doc, _type: 'redirect', _createdAt: stamp, _updatedAt: stamp, _rev: randomBytes(11).toString('base64url')}))
        }
        const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
        // The file's own ending is kept, so the snapshot's diff shows only the redirects.
        await fs.writeFile(/*turbopackIgnore: true*/ temp, `${lines.join('\n')}${text.endsWith('\n') ? '\n' : ''}`)
        await fs.rename(/*turbopackIgnore: true*/ temp, file)
      })
      queue = run.catch(() => {})
      return run
    },
  }
}

let sanityStore: RedirectStore | undefined
const snapshotStores = new Map<string, RedirectStore>()

/**
 * The store of the content source the site reads, or why there is none: in Sanity mode the server
 * needs SANITY_API_REDIRECT_TOKEN to write.
 */
export function contentRedirectStore(): RedirectStore | {unavailable: string} {
  if (contentSourceName() === 'snapshot') {
    const file = snapshotFile()
    if (!snapshotStores.has(file)) snapshotStores.set(file, snapshotRedirectStore(file))
    return snapshotStores.get(file)!
  }
  if (!env().SANITY_API_REDIRECT_TOKEN) return {unavailable: 'SANITY_API_REDIRECT_TOKEN is not set'}
  sanityStore ??= sanityRedirectStore(createSanityClient({token: 'redirects', perspective: 'published'}))
  return sanityStore
}
