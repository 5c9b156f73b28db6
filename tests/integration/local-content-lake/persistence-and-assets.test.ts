import fs from 'node:fs'
import path from 'node:path'
import {API, readLines, startTestLake, workingCopy, type TestLake} from './lake-fixture'
import {testPng} from '@/tests/support/test-png'

let lake: TestLake | undefined
afterEach(async () => {
  const unknown = lake?.unknownRequests() ?? []
  await lake?.close()
  lake = undefined
  expect(unknown).toEqual([])
})


describe('persistence', () => {
  it("a mutation rewrites data.ndjson, changing only that document's line", async () => {
    lake = await startTestLake()
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: 'clinicSettings', set: {tagline: 'Persisted'}}}]},
    })
    await lake.store.flush()
    const first = readLines(lake.dir)
    expect(first.filter((line) => line.includes('"tagline":"Persisted"'))).toHaveLength(1)
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{patch: {id: 'post.pore-strips-steam-and-ice', set: {title: 'Also persisted'}}}]},
    })
    await lake.store.flush()
    const second = readLines(lake.dir)
    expect(second.length).toBe(first.length)
    const changed = second.filter((line, index) => line !== first[index])
    expect(changed).toHaveLength(1)
    expect(JSON.parse(changed[0])).toMatchObject({
      _id: 'post.pore-strips-steam-and-ice',
      title: 'Also persisted',
    })
  })

  it('a restart serves what was written, and an unchanged dataset rewrites byte for byte', async () => {
    const dir = workingCopy()
    lake = await startTestLake({dir})
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{createOrReplace: {_id: 'probe', _type: 'probe', n: 1}}]},
    })
    await lake.close()
    const written = fs.readFileSync(path.join(dir, 'data.ndjson'))

    lake = await startTestLake({dir})
    const {body} = await lake.api<{documents: {n: number}[]}>(`${API}/data/doc/production/probe`)
    expect(body.documents[0].n).toBe(1)
    // A transaction that changes nothing commits nothing; a delete then re-create of the same content would.
    await lake.api(`${API}/data/mutate/production`, {
      body: {mutations: [{createIfNotExists: {_id: 'probe', _type: 'probe', n: 2}}]},
    })
    await lake.store.flush()
    expect(lake.store.fileWrites).toBe(0)
    expect(fs.readFileSync(path.join(dir, 'data.ndjson')).equals(written)).toBe(true)
    const {serializeDataset, readDataset} = await import('@/tooling/local-content-lake/dataset-file')
    expect(Buffer.from(serializeDataset(readDataset(dir))).equals(written)).toBe(true)
  })
})

describe('assets', () => {
  it('uploads an image as a sanity.imageAsset whose id carries its size, and serves it with its type', async () => {
    lake = await startTestLake()
    const image = testPng(3, 2)
    const upload = await fetch(`${lake.httpUrl}${API}/assets/images/production?filename=probe.png`, {
      method: 'POST',
      headers: {authorization: `Bearer ${lake.token}`, 'content-type': 'image/png'},
      body: new Uint8Array(image),
    })
    expect(upload.status).toBe(200)
    const {document} = (await upload.json()) as {
      document: {
        _id: string
        _type: string
        path: string
        metadata: {dimensions: {width: number; height: number}}
      }
    }
    expect(document._id).toMatch(/^image-[a-f0-9]{40}-3x2-png$/)
    expect(document._type).toBe('sanity.imageAsset')
    expect(document.metadata.dimensions).toMatchObject({width: 3, height: 2})
    await lake.store.flush()
    expect(readLines(lake.dir).some((line) => line.includes(document._id))).toBe(true)

    const file = path.basename(document.path)
    const served = await fetch(
      `${lake.httpUrl}/images/${lake.projectId}/${lake.dataset}/${file}?w=100&auto=format`,
    )
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)

    const bundled = await fetch(
      `${lake.httpUrl}/images/${lake.projectId}/${lake.dataset}/14e46c00befe0be4bdceff65ca51253e32ac2c3c-1200x800.svg`,
    )
    expect(bundled.status).toBe(200)
    expect(bundled.headers.get('content-type')).toBe('image/svg+xml')
  })

  it('refuses anonymous uploads and files that are not images', async () => {
    lake = await startTestLake()
    const anonymous = await fetch(`${lake.httpUrl}${API}/assets/images/production`, {
      method: 'POST',
      body: new Uint8Array(testPng(1, 1)),
    })
    expect(anonymous.status).toBe(403)
    const notImage = await fetch(`${lake.httpUrl}${API}/assets/images/production`, {
      method: 'POST',
      headers: {authorization: `Bearer ${lake.token}`},
      body: 'hello',
    })
    expect(notImage.status).toBe(400)
    expect(
      (await fetch(`${lake.httpUrl}/images/${lake.projectId}/${lake.dataset}/..%2fdata.ndjson`)).status,
    ).toBe(404)
  })

  it('refuses an SVG that carries script, and keeps a plain one', async () => {
    lake = await startTestLake()
    const upload = (svg: string) =>
      fetch(`${lake!.httpUrl}${API}/assets/images/production?filename=drawing.svg`, {
        method: 'POST',
        headers: {authorization: `Bearer ${lake!.token}`, 'content-type': 'image/svg+xml'},
        body: svg,
      })
    const scripted = await upload(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>fetch("/staff/export")</script></svg>',
    )
    expect(scripted.status).toBe(400)
    expect(await scripted.text()).toMatch(/script/)
    expect(fs.readdirSync(path.join(lake.dir, 'images')).some((f) => f.endsWith('-10x10.svg'))).toBe(false)
    const plain = await upload('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    expect(plain.status).toBe(200)
  })
})
