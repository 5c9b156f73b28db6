// What the snapshot source holds in memory at a given size (#29): a generated snapshot
// (tooling/bench/scale-snapshot.mjs) loaded with the real modules, every site query run in both
// perspectives, then one publish (a title changed, the file renamed over). Figures after a full GC.
//   node --expose-gc --conditions=react-server --import tsx tooling/memory/snapshot-memory.ts [--posts 5000]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({options: {posts: {type: 'string', default: '5000'}}})
const gc = (globalThis as {gc?: () => void}).gc
if (!gc) throw new Error('run with node --expose-gc')
const mb = (bytes: number) => Math.round(bytes / 1048576)

function report(label: string) {
  gc!()
  gc!()
  const {rss, heapUsed, external} = process.memoryUsage()
  console.log(`${label.padEnd(28)} rss ${mb(rss)} MB, heap used ${mb(heapUsed)} MB, external ${mb(external)} MB`)
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-memory-'))
  try {
    const {writeScaledSnapshot} = await import('../bench/scale-snapshot.mjs')
    const snapshot = writeScaledSnapshot({fromDir: path.join(process.cwd(), 'sanity/dataset'), toDir: dir, posts: Number(values.posts)})
    console.log(`${snapshot.posts} posts, ${snapshot.documents} documents, ${mb(fs.statSync(path.join(dir, 'data.ndjson')).size)} MB of NDJSON`)
    process.env.CONTENT_SNAPSHOT_DIR = dir
    report('before loading')
    const source = await import('@/lib/content/snapshot-source')
    const {QUERIES} = await import('@/tests/unit/content/snapshot/site-queries')
    await source.snapshotVersion()
    report('loaded')
    const params = {slug: 'can-you-close-pores-permanently', id: 'post.can-you-close-pores-permanently', language: 'en', ids: [], type: 'post', field: 'title', start: 0, end: 10, limit: 10, category: null}
    for (const perspective of ['published', 'drafts'] as const) {
      for (const [, query] of QUERIES) await source.querySnapshot(query, params, perspective).catch(() => undefined)
    }
    report('every query, both views')
    const file = path.join(dir, 'data.ndjson')
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    const at = lines.findIndex((line) => line.includes(`"_id":"${params.id}"`))
    lines[at] = JSON.stringify({...JSON.parse(lines[at]), title: 'A changed title'})
    fs.writeFileSync(`${file}.tmp`, lines.join('\n'))
    lines.length = 0
    fs.renameSync(`${file}.tmp`, file)
    await source.snapshotVersion()
    console.log('reload after the publish:', await source.snapshotLoadStats())
    report('after one publish')
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

main()
