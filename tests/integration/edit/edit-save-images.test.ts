// `npm run edit:save` writes the working copy back without the images no document uses: a post
// that was deleted leaves its uploaded image's asset in the lake, and that must not reach the
// repository. Real lake, real content:export, real files in a temporary folder.
import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {API, startTestLake, type TestLake} from '../local-content-lake/lake-fixture'
import {testPng} from '@/tests/support/test-png'

const SAVE = path.join(process.cwd(), 'scripts/lib/save-working-copy.mjs')


let lake: TestLake | undefined
const temps: string[] = []
afterEach(async () => {
  await lake?.close()
  lake = undefined
  for (const dir of temps.splice(0)) fs.rmSync(dir, {recursive: true, force: true})
})

async function upload(image: Buffer, filename: string): Promise<{_id: string; path: string}> {
  const res = await fetch(`${lake!.httpUrl}${API}/assets/images/production?filename=${filename}`, {
    method: 'POST',
    headers: {authorization: `Bearer ${lake!.token}`, 'content-type': 'image/png'},
    body: new Uint8Array(image),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as {document: {_id: string; path: string}}).document
}

async function mutate(mutations: unknown[]) {
  const res = await lake!.api(`${API}/data/mutate/production`, {body: {mutations}})
  expect(res.status).toBe(200)
}

// The lake runs in this process: the export must run in a child without blocking it.
async function save(snapshotDir: string): Promise<{dropped: string[]}> {
  const options = {
    lake: {
      url: lake!.url,
      ca: lake!.caPath,
      token: lake!.token,
      projectId: lake!.projectId,
      dataset: lake!.dataset,
    },
    snapshotDir,
    stdio: 'pipe',
  }
  const script = `import {saveWorkingCopy} from ${JSON.stringify(SAVE)}; const r = saveWorkingCopy(JSON.parse(process.argv[1])); process.stdout.write('RESULT' + JSON.stringify({dropped: r.dropped}))`
  const {stdout} = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(options)],
    {encoding: 'utf8', timeout: 60_000},
  )
  return JSON.parse(stdout.slice(stdout.lastIndexOf('RESULT') + 'RESULT'.length))
}

const snapshotIds = (dir: string) =>
  fs
    .readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as {_id: string})._id)

it('writes the image a post uses and leaves out the image of a deleted post', async () => {
  lake = await startTestLake()
  const kept = await upload(testPng(4, 3, 7), 'kept.png')
  const orphan = await upload(testPng(5, 3, 9), 'orphan.png')
  const image = (asset: {_id: string}) => ({
    _type: 'image',
    alt: 'A treatment room',
    asset: {_type: 'reference', _ref: asset._id},
  })
  await mutate([
    {
      create: {
        _id: 'post.kept-image',
        _type: 'post',
        title: 'Kept',
        slug: {_type: 'slug', current: 'kept-image'},
        mainImage: image(kept),
      },
    },
    {
      create: {
        _id: 'drafts.post.deleted-image',
        _type: 'post',
        title: 'Deleted',
        slug: {_type: 'slug', current: 'deleted-image'},
        mainImage: image(orphan),
      },
    },
  ])
  await mutate([{delete: {id: 'drafts.post.deleted-image'}}])

  const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'edit-save-'))
  temps.push(snapshotDir)
  fs.cpSync(path.join(process.cwd(), 'sanity/dataset'), snapshotDir, {recursive: true})
  const bundledImages = fs.readdirSync(path.join(snapshotDir, 'images')).length

  const {dropped} = await save(snapshotDir)

  expect(dropped).toEqual([orphan._id])
  const ids = snapshotIds(snapshotDir)
  expect(ids).toContain('post.kept-image')
  expect(ids).toContain(kept._id)
  expect(ids).not.toContain(orphan._id)
  const files = fs.readdirSync(path.join(snapshotDir, 'images'))
  expect(files).toContain(path.basename(kept.path))
  expect(files).not.toContain(path.basename(orphan.path))
  // Every bundled image is in use, so none of them goes.
  expect(files).toHaveLength(bundledImages + 1)
})

it('leaves an unchanged working copy byte for byte as it was', async () => {
  lake = await startTestLake()
  const snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'edit-save-'))
  temps.push(snapshotDir)
  fs.cpSync(path.join(process.cwd(), 'sanity/dataset'), snapshotDir, {recursive: true})
  const before = fs.readFileSync(path.join(snapshotDir, 'data.ndjson'))
  expect((await save(snapshotDir)).dropped).toEqual([])
  expect(fs.readFileSync(path.join(snapshotDir, 'data.ndjson')).equals(before)).toBe(true)
})
