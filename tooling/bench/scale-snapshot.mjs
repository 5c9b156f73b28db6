// A content snapshot of any number of posts, made from the starter posts: each copy gets a new id,
// slug and publish date (one every 8 hours back from the newest starter post), and keeps the
// original's body, categories, author and reviewer. When the snapshot's documents carry a
// `language` field (the Chinese edition, #27), every second copy is a Chinese translation of the one
// before it: id `<english id>.zh-Hans`, the same slug, and references to the Chinese versions of
// categories and people where those exist. Used by bench-content-scale.mjs and the publish-scope test.
import fs from 'node:fs'
import path from 'node:path'

const HOURS_APART = 8

/** The documents of an NDJSON snapshot. */
export function parseSnapshot(text) {
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line))
}

function remapRefs(value, map) {
  if (Array.isArray(value)) return value.map((v) => remapRefs(v, map))
  if (value && typeof value === 'object') {
    const out = {}
    for (const [k, v] of Object.entries(value)) out[k] = k === '_ref' && typeof v === 'string' && map.has(v) ? map.get(v) : remapRefs(v, map)
    return out
  }
  return value
}

/**
 * The starter documents plus generated posts, so that the snapshot holds `posts` published posts
 * in all (at least the starter ones).
 */
export function scaledDocuments(docs, posts) {
  const starters = docs.filter((d) => d._type === 'post' && !d._id.startsWith('drafts.') && d.slug?.current && d.publishedAt)
  if (starters.length === 0) throw new Error('the snapshot has no published post to copy')
  const ids = new Set(docs.map((d) => d._id))
  const bilingual = docs.some((d) => typeof d.language === 'string')
  const toChinese = new Map([...ids].filter((id) => ids.has(`${id}.zh-Hans`)).map((id) => [id, `${id}.zh-Hans`]))
  const newest = Math.max(...starters.map((p) => Date.parse(p.publishedAt)))
  const extra = []
  for (let i = 0; extra.length < posts - starters.length; i++) {
    const from = starters[i % starters.length]
    const at = new Date(newest - (i + 1) * HOURS_APART * 3600_000).toISOString()
    const english = {...from, _id: `post.scale-${i}`, slug: {_type: 'slug', current: `${from.slug.current}-${i}`}, title: `${from.title} (${i})`, publishedAt: at, _createdAt: at, _updatedAt: at}
    delete english.relatedPosts
    if (bilingual) english.language = 'en'
    extra.push(english)
    if (bilingual && extra.length < posts - starters.length) {
      extra.push({...remapRefs(english, toChinese), _id: `${english._id}.zh-Hans`, language: 'zh-Hans'})
    }
  }
  return [...docs, ...extra]
}

/** Writes a snapshot folder of `posts` posts made from `fromDir` (its images are linked, not copied). */
export function writeScaledSnapshot({fromDir, toDir, posts}) {
  const docs = parseSnapshot(fs.readFileSync(path.join(fromDir, 'data.ndjson'), 'utf8'))
  fs.mkdirSync(toDir, {recursive: true})
  const scaled = scaledDocuments(docs, posts)
  fs.writeFileSync(path.join(toDir, 'data.ndjson'), `${scaled.map((d) => JSON.stringify(d)).join('\n')}\n`)
  const images = path.join(fromDir, 'images')
  if (fs.existsSync(images) && !fs.existsSync(path.join(toDir, 'images'))) fs.cpSync(images, path.join(toDir, 'images'), {recursive: true})
  return {dir: toDir, documents: scaled.length, posts: scaled.filter((d) => d._type === 'post' && !d._id.startsWith('drafts.')).length}
}
