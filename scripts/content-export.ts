// Pulls a Sanity dataset (published documents, drafts and image files) into the snapshot:
// `npm run content:export`. Documents whose content did not change keep their lines as they were
// (lib/content/sync/plan-export.ts), so exporting an unchanged dataset leaves the files unchanged.
import fs from 'node:fs'
import path from 'node:path'
import {planExport} from '../lib/content/sync/plan-export'
import {sanityWriteClient} from '../lib/content/sync/sanity-write-client'
import {parseEnv} from '../lib/platform/env'
import {parseNdjson, snapshotDir, snapshotFile, type SnapshotDocument} from '../lib/content/snapshot-source'
import {parseImageRef} from '../lib/content/image-url'
import {isSvgFileName, svgProblems} from '../lib/content/svg-safety'

// translation.metadata: the documents that link a page's editions (@sanity/document-internationalization).
const CONTENT_TYPES = ['post', 'treatment', 'person', 'category', 'clinicSettings', 'page', 'redirect', 'translation.metadata', 'sanity.imageAsset']
// Published documents and drafts; release versions are not part of the snapshot format.
const EXPORT_QUERY = '*[_type in $types && !(_id in path("versions.**"))]'

function readCurrent(file: string): SnapshotDocument[] {
  return fs.existsSync(file) ? parseNdjson(fs.readFileSync(file, 'utf8'), file) : []
}

// Content Lake puts the CDN address in each asset's `url`; where it is missing (the local Content
// Lake), the file is at the same CDN path on the configured host.
function downloadUrl(asset: SnapshotDocument, name: string): string {
  if (typeof asset.url === 'string') return asset.url
  const config = parseEnv(process.env)
  return `${config.SANITY_API_HOST ?? 'https://cdn.sanity.io'}/images/${config.SANITY_PROJECT_ID}/${config.SANITY_DATASET}/${name}`
}

async function main() {
  const client = sanityWriteClient()
  const dir = snapshotDir()
  const documents = await client.fetch<SnapshotDocument[]>(EXPORT_QUERY, {types: CONTENT_TYPES})
  const imagesDir = path.join(dir, 'images')
  fs.mkdirSync(imagesDir, {recursive: true})

  let downloaded = 0
  const imageFiles = new Set<string>()
  for (const asset of documents.filter((doc) => doc._type === 'sanity.imageAsset')) {
    const parsed = parseImageRef(asset._id)
    if (!parsed) continue
    const name = `${parsed.id}-${parsed.width}x${parsed.height}.${parsed.extension}`
    const target = path.join(imagesDir, name)
    asset.path = `images/${name}`
    imageFiles.add(name)
    if (fs.existsSync(target)) continue
    const response = await fetch(downloadUrl(asset, name))
    if (!response.ok) throw new Error(`Download of ${asset._id} failed: HTTP ${response.status}`)
    const body = Buffer.from(await response.arrayBuffer())
    // The site serves these files from its own origin: an SVG that can run script never gets in.
    const unsafe = isSvgFileName(name) ? svgProblems(body.toString('utf8')) : []
    if (unsafe.length > 0) throw new Error(`Refusing ${asset._id}: unsafe SVG (${unsafe.join('; ')}). Replace the image in the Studio.`)
    fs.writeFileSync(target, body)
    downloaded++
  }

  const file = snapshotFile(dir)
  const snapshot = planExport(documents, readCurrent(file))
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, snapshot.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  fs.renameSync(temp, file)

  // An image the dataset no longer has would otherwise stay in the repository for ever.
  const removed = fs.readdirSync(imagesDir).filter((name) => !imageFiles.has(name))
  for (const name of removed) fs.rmSync(path.join(imagesDir, name))
  console.log(`content:export: ${snapshot.length} document(s) written to ${file}, ${downloaded} image(s) downloaded, ${removed.length} removed`)
}

main().catch((error) => {
  console.error(`content:export: ${(error as Error).message}`)
  process.exitCode = 1
})
