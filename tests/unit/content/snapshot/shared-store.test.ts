import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// A production build loads lib/ once per module registry (route handlers and pages each have
// their own), so the snapshot store must be one per process, not one per module instance: two
// instances of the module must hand out the very same parsed documents, and a reload done by one
// must serve the other without parsing the file again.

type StoreModule = typeof import('@/lib/content/snapshot/snapshot-store')

function freshInstance(): StoreModule {
  let instance: StoreModule | undefined
  jest.isolateModules(() => {
    instance = jest.requireActual<StoreModule>('@/lib/content/snapshot/snapshot-store')
  })
  return instance!
}

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-shared-'))
})
afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

const line = (id: string, title: string) => JSON.stringify({_id: id, _type: 'post', title})

function write(file: string, text: string) {
  fs.writeFileSync(`${file}.tmp`, text)
  fs.renameSync(`${file}.tmp`, file)
}

describe('the snapshot store', () => {
  it('is shared by every instance of its module in the process', async () => {
    const file = path.join(dir, 'data.ndjson')
    write(file, `${line('post.a', 'A')}\n${line('post.b', 'B')}\n`)
    const [one, two] = [freshInstance(), freshInstance()]
    expect(one).not.toBe(two)
    const first = await one.loadSnapshot(file)
    expect(await two.loadSnapshot(file)).toBe(first)
    expect(first.index('published').documents.map((doc) => doc.title)).toEqual(['A', 'B'])

    write(file, `${line('post.a', 'A changed')}\n${line('post.b', 'B')}\n`)
    const reloaded = await two.loadSnapshot(file)
    expect(reloaded.stats).toMatchObject({parsed: 1, reused: 1})
    // The other instance sees the reload and does not parse the file again.
    expect(await one.loadSnapshot(file)).toBe(reloaded)
    expect(reloaded.index('published').documents.map((doc) => doc.title)).toEqual(['A changed', 'B'])
  })
})
