import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseNdjson, querySnapshot, snapshotFile, snapshotLoadStats, snapshotVersion, type SnapshotDocument} from '@/lib/content/snapshot-source'
import {fullScan} from './evaluators'

// A publish in snapshot mode rewrites data.ndjson (scripts/lib/snapshot-publish.mjs: write a temp
// file, rename it over). The source then parses only the lines that changed; whatever changed,
// the next read must see exactly what a fresh parse of the new file sees.

const bundledText = fs.readFileSync(snapshotFile(), 'utf8')
const bundled = parseNdjson(bundledText, 'snapshot')
let dir: string
let saved: string | undefined

beforeEach(() => {
  saved = process.env.CONTENT_SNAPSHOT_DIR
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-reload-'))
  process.env.CONTENT_SNAPSHOT_DIR = dir
  fs.writeFileSync(path.join(dir, 'data.ndjson'), bundledText)
})

afterEach(() => {
  if (saved === undefined) delete process.env.CONTENT_SNAPSHOT_DIR
  else process.env.CONTENT_SNAPSHOT_DIR = saved
  fs.rmSync(dir, {recursive: true, force: true})
})

let writes = 0
function write(documents: SnapshotDocument[], text = documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n') {
  const file = path.join(dir, 'data.ndjson')
  const temp = `${file}.${++writes}.tmp`
  fs.writeFileSync(temp, text)
  fs.renameSync(temp, file)
}

const EVERYTHING = '*'
const PAGES = `{"post": *[_type == "post" && slug.current == $slug][0]{title, "author": author->name}, "slugs": *[_type == "post"].slug.current, "referencing": *[references($id)]._id}`

/** The next read equals a full scan of a fresh parse of the file, in both perspectives. */
async function expectReadsMatchFile(params: {slug: string; id: string}) {
  const fresh = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'fresh')
  const reference = fullScan(fresh)
  for (const perspective of ['published', 'drafts'] as const) {
    expect(await querySnapshot(EVERYTHING, {}, perspective)).toEqual(await reference(EVERYTHING, {}, perspective))
    expect(await querySnapshot(PAGES, params, perspective)).toEqual(await reference(PAGES, params, perspective))
  }
}

const post = bundled.find((doc) => doc._id === 'post.can-you-close-pores-permanently')!
const slug = (post.slug as {current: string}).current
const params = {slug, id: post._id}

describe('the snapshot source after the file changes', () => {
  it('sees a changed document and parses only its line', async () => {
    await expectReadsMatchFile(params)
    const version = await snapshotVersion()
    write(bundled.map((doc) => (doc._id === post._id ? {...doc, title: 'A new title', _rev: 'changed'} : doc)))
    expect(await querySnapshot<{title: string}>('*[_type == "post" && slug.current == $slug][0]{title}', {slug}, 'published')).toEqual({title: 'A new title'})
    expect(await snapshotLoadStats()).toMatchObject({parsed: 1, reused: bundled.length - 1, documents: bundled.length})
    expect(await snapshotVersion()).not.toBe(version)
    await expectReadsMatchFile(params)
  })

  it('sees a new document, also one added above the others', async () => {
    await expectReadsMatchFile(params)
    const added = {...post, _id: 'post.added', slug: {_type: 'slug', current: 'added'}, title: 'Added'}
    write([added, ...bundled])
    expect(await snapshotLoadStats()).toMatchObject({parsed: 1, reused: bundled.length})
    await expectReadsMatchFile({slug: 'added', id: post._id})
    expect(await querySnapshot<string[]>('*[_type == "post" && references($id)]._id', {id: 'category.skin-care'}, 'published')).toContain('post.added')
  })

  it('forgets a deleted document everywhere, by id, slug, type and reference', async () => {
    await expectReadsMatchFile(params)
    const referenced = await querySnapshot<string[]>('*[references($id)]._id', {id: 'post.blackheads-vs-sebaceous-filaments'}, 'published')
    expect(referenced).toContain(post._id)
    write(bundled.filter((doc) => doc._id !== post._id))
    expect(await querySnapshot('*[_id == $id][0]', {id: post._id}, 'published')).toBeNull()
    // (A translation may keep the slug: only this document must be gone.)
    expect(await querySnapshot<string[]>('*[_type == "post" && slug.current == $slug]._id', {slug}, 'published')).not.toContain(post._id)
    expect(await querySnapshot<string[]>('*[references($id)]._id', {id: 'post.blackheads-vs-sebaceous-filaments'}, 'published')).not.toContain(post._id)
    expect(await snapshotLoadStats()).toMatchObject({parsed: 0, reused: bundled.length - 1})
    await expectReadsMatchFile(params)
  })

  it('sees a new draft in preview only, and its removal', async () => {
    const draft = {...post, _id: `drafts.${post._id}`, title: 'Draft title'}
    write([...bundled, draft])
    const query = '*[_id == $id][0].title'
    expect(await querySnapshot(query, {id: post._id}, 'drafts')).toBe('Draft title')
    expect(await querySnapshot(query, {id: post._id}, 'published')).toBe(post.title)
    await expectReadsMatchFile(params)
    write(bundled)
    expect(await querySnapshot(query, {id: post._id}, 'drafts')).toBe(post.title)
    await expectReadsMatchFile(params)
  })

  it('keeps two identical lines as two documents, and blank lines change nothing', async () => {
    write([...bundled, post], [...bundled, post].map((doc) => JSON.stringify(doc)).join('\n\n  \n'))
    expect(await querySnapshot('count(*[_id == $id])', {id: post._id}, 'published')).toBe(2)
    await expectReadsMatchFile(params)
  })

  it('stays exact over many publishes in a row, reads racing them, the file growing and shrinking', async () => {
    // Each reload compares its line hashes with those of the file loaded before it.
    for (let i = 0; i < 8; i++) {
      const title = i % 2 ? `Short ${i}` : `A much longer title ${'that grows '.repeat(i * 50)}${i}`
      write(bundled.map((doc) => (doc._id === post._id ? {...doc, title} : doc)))
      const reads = await Promise.all([1, 2, 3].map(() => querySnapshot<string>('*[_id == $id][0].title', {id: post._id}, 'published')))
      expect(reads).toEqual([title, title, title])
      if (i % 3 === 0) write(bundled.slice(0, bundled.length - i))
      await expectReadsMatchFile(params)
    }
  })

  it('reports the line of a document without an id, and reads again once it is fixed', async () => {
    write(bundled, `${bundledText}{"_type":"post"}\n`)
    await expect(querySnapshot('*[0]', {}, 'published')).rejects.toThrow(`data.ndjson:${bundled.length + 1}: document without _id or _type`)
    write(bundled)
    await expectReadsMatchFile(params)
  })
})
