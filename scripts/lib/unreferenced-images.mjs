// The snapshot keeps only images some document uses. Content Lake keeps an uploaded image's asset
// after the post that used it is deleted or its image replaced, so an export would otherwise write
// every image an editor ever tried into the repository.
import fs from 'node:fs'
import path from 'node:path'

const ASSET_TYPE = 'sanity.imageAsset'

function collectRefs(value, refs) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, refs)
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '_ref' && typeof inner === 'string') refs.add(inner)
      else collectRefs(inner, refs)
    }
  }
}

/**
 * Drops from `<dir>/data.ndjson` every image asset no other document (published or draft)
 * references, and deletes its file under `<dir>/images`. Leaves the file untouched when every
 * image is in use.
 * @param {string} dir a snapshot folder (data.ndjson and images/)
 * @returns {{dropped: string[]}} the ids of the dropped assets
 */
export function dropUnreferencedImages(dir) {
  const file = path.join(dir, 'data.ndjson')
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
  const docs = lines.map((line) => JSON.parse(line))
  const refs = new Set()
  for (const doc of docs) if (doc._type !== ASSET_TYPE) collectRefs(doc, refs)
  const unused = docs.filter((doc) => doc._type === ASSET_TYPE && !refs.has(doc._id))
  if (unused.length === 0) return {dropped: []}

  const imagesDir = path.resolve(dir, 'images')
  for (const asset of unused) {
    if (typeof asset.path !== 'string') continue
    const target = path.resolve(dir, asset.path)
    // A path from the dataset decides what is deleted: only ever inside images/.
    if (path.dirname(target) === imagesDir) fs.rmSync(target, {force: true})
  }
  const unusedIds = new Set(unused.map((doc) => doc._id))
  const kept = lines.filter((_, i) => !unusedIds.has(docs[i]._id))
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, `${kept.join('\n')}\n`)
  fs.renameSync(temp, file)
  return {dropped: [...unusedIds]}
}
