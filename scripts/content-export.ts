// Pulls a Sanity dataset (published documents, drafts and image files) into the snapshot:
// `npm run content:export`. The output is ordered so an unchanged dataset gives an unchanged file.
import fs from 'node:fs'
import path from 'node:path'
import {exportOrder} from '../lib/content/sync/plan-import'
import {sanityWriteClient} from '../lib/content/sync/sanity-write-client'
import {snapshotDir, snapshotFile, type SnapshotDocument} from '../lib/content/snapshot-source'
import {parseImageRef} from '../lib/content/image-url'

const CONTENT_TYPES = ['post', 'treatment', 'person', 'category', 'clinicSettings', 'sanity.imageAsset']

async function main() {
  const client = sanityWriteClient()
  const dir = snapshotDir()
  const documents = await client.fetch<SnapshotDocument[]>('*[_type in $types]', {types: CONTENT_TYPES})
  fs.mkdirSync(path.join(dir, 'images'), {recursive: true})

  let downloaded = 0
  for (const asset of documents.filter((doc) => doc._type === 'sanity.imageAsset')) {
    const parsed = parseImageRef(asset._id)
    if (!parsed) continue
    const name = `${parsed.id}-${parsed.width}x${parsed.height}.${parsed.extension}`
    const target = path.join(dir, 'images', name)
    asset.path = `images/${name}`
    if (fs.existsSync(target)) continue
    const response = await fetch(String(asset.url))
    if (!response.ok) throw new Error(`Download of ${asset._id} failed: HTTP ${response.status}`)
    fs.writeFileSync(target, Buffer.from(await response.arrayBuffer()))
    downloaded++
  }

  const file = snapshotFile(dir)
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, exportOrder(documents).map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  fs.renameSync(temp, file)
  console.log(`content:export: ${documents.length} document(s) written to ${file}, ${downloaded} image(s) downloaded`)
}

main().catch((error) => {
  console.error(`content:export: ${(error as Error).message}`)
  process.exitCode = 1
})
