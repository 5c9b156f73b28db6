// A larger snapshot made from the bundled one, for the indexed-vs-full-scan tests and
// `npm run bench:snapshot-source`: the starter posts copied under new ids, slugs and dates until
// there are `posts` published posts, with the references between posts pointing at copies of
// the same block. Some copies are scheduled, taken down, have a draft, or are in Chinese, so the
// perspective and the live rule are exercised at scale.
import type {SnapshotDocument} from '@/lib/content/snapshot-source'

const HOUR = 3_600_000
const DAY = 24 * HOUR

function mapReferences(value: unknown, mapId: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapReferences(item, mapId))
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === '_ref' && typeof item === 'string' ? mapId(item) : mapReferences(item, mapId)
  }
  return copy
}

export function generatedSnapshot(bundled: SnapshotDocument[], posts: number, now = Date.now()): SnapshotDocument[] {
  const isPost = (doc: SnapshotDocument) => doc._type === 'post'
  const starters = bundled.filter((doc) => isPost(doc) && !doc._id.startsWith('drafts.'))
  const starterIndex = new Map(starters.map((doc, i) => [doc._id, i]))
  const copies: SnapshotDocument[] = []
  const drafts: SnapshotDocument[] = []
  for (let i = starters.length; i < posts; i++) {
    const starter = starters[i % starters.length]
    const block = i - (i % starters.length)
    const copyId = (n: number) => (n < starters.length ? starters[n]._id : `post.copy-${n}`)
    const mapId = (id: string) => {
      const j = starterIndex.get(id)
      return j === undefined ? id : copyId(block + j < posts ? block + j : j)
    }
    const slug = (starter.slug as {current: string}).current
    const publishedAt = new Date(now - (i + 1) * HOUR)
    const copy = {
      ...(mapReferences(starter, mapId) as SnapshotDocument),
      _id: copyId(i),
      _rev: `rev-${i}`,
      _updatedAt: publishedAt.toISOString(),
      title: `${starter.title as string} (${i})`,
      slug: {_type: 'slug', current: `${slug}-${i}`},
      publishedAt: publishedAt.toISOString(),
    } as SnapshotDocument
    if (i % 10 === 3) copy.publishedAt = new Date(now + 7 * DAY + i * HOUR).toISOString()
    if (i % 17 === 5) copy.takeDownAt = new Date(now - DAY).toISOString()
    if (i % 19 === 7) copy.takeDownAt = new Date(now + 30 * DAY).toISOString()
    if (i % 2 === 1) copy.language = 'zh-Hans'
    else if (i % 4 === 0) copy.language = 'en'
    copies.push(copy)
    if (i % 13 === 2) drafts.push({...copy, _id: `drafts.${copy._id}`, title: `${copy.title as string} (draft)`})
  }
  const firstOther = bundled.findIndex((doc) => !isPost(doc) && bundled.indexOf(doc) > bundled.findIndex(isPost))
  // The copies go after the starter posts, the new drafts after the bundled drafts, so the file
  // keeps its shape (settings, taxonomy, people, treatments, posts, pages, drafts, assets).
  const beforeDrafts = bundled.findIndex((doc) => doc._id.startsWith('drafts.'))
  const at = beforeDrafts === -1 ? bundled.length : beforeDrafts
  const head = bundled.slice(0, at)
  const tail = bundled.slice(at)
  const insertAt = firstOther === -1 ? head.length : Math.min(firstOther, head.length)
  return [...head.slice(0, insertAt), ...copies, ...head.slice(insertAt), ...drafts, ...tail]
}

export const toNdjson = (documents: SnapshotDocument[]) => documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
