// Pushes the bundled snapshot into a Sanity dataset: `npm run content:import`.
// Idempotent: only assets the dataset lacks are uploaded and only documents that differ are written.
import fs from 'node:fs'
import path from 'node:path'
import {planImport} from '../lib/content/sync/plan-import'
import {sanityWriteClient} from '../lib/content/sync/sanity-write-client'
import {parseNdjson, snapshotDir, snapshotFile, type SnapshotDocument} from '../lib/content/snapshot-source'

async function main() {
  const client = sanityWriteClient()
  const dir = snapshotDir()
  const snapshot = parseNdjson(fs.readFileSync(snapshotFile(dir), 'utf8'), snapshotFile(dir))
  const ids = snapshot.map((doc) => doc._id)
  const existing = await client.fetch<SnapshotDocument[]>('*[_id in $ids]', {ids})
  const plan = planImport(snapshot, existing)

  for (const asset of plan.assets) {
    const file = path.join(dir, String(asset.path))
    // Sanity names assets by the SHA-1 of their bytes, so the uploaded id matches the snapshot's.
    const uploaded = await client.assets.upload('image', fs.createReadStream(file), {filename: String(asset.originalFilename)})
    if (uploaded._id !== asset._id) throw new Error(`Uploaded ${file} as ${uploaded._id}, expected ${asset._id}`)
  }
  if (plan.write.length > 0) {
    const transaction = client.transaction()
    for (const doc of plan.write) transaction.createOrReplace(doc)
    await transaction.commit({visibility: 'sync'})
  }
  console.log(`content:import: ${plan.assets.length} asset(s) uploaded, ${plan.write.length} document(s) written, ${plan.unchanged.length} unchanged`)
}

main().catch((error) => {
  console.error(`content:import: ${(error as Error).message}`)
  process.exitCode = 1
})
