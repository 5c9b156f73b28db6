import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The outage fallback's store: the last good answer to a query, in memory and under
// .next/cache/content-last-good so that a freshly started server can still render a page while
// the source is down. A fresh module stands for a fresh server process.
type LastGood = typeof import('@/lib/content/last-good')
const freshProcess = (): LastGood => {
  let mod: LastGood | undefined
  jest.isolateModules(() => {
    mod = jest.requireActual<LastGood>('@/lib/content/last-good')
  })
  return mod!
}

let cwd: string
let dir: string
beforeEach(() => {
  cwd = process.cwd()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'last-good-'))
  process.chdir(dir)
})
afterEach(() => {
  process.chdir(cwd)
  fs.rmSync(dir, {recursive: true, force: true})
})

const QUERY = '*[_type == "post" && slug.current == $slug][0]'

it('an answer remembered by one process is recalled by the next, per query and parameters', async () => {
  const first = freshProcess()
  const key = first.lastGoodKey(QUERY, {slug: 'pores'})
  expect(key).not.toBe(first.lastGoodKey(QUERY, {slug: 'sunscreen'}))
  await first.rememberLastGood(key, {title: 'Can you close pores permanently?'})

  const restarted = freshProcess()
  expect(await restarted.recallLastGood(key)).toEqual({value: {title: 'Can you close pores permanently?'}})
  expect(await restarted.recallLastGood(restarted.lastGoodKey(QUERY, {slug: 'sunscreen'}))).toBeUndefined()
  // A remembered null (a page that had no document) is an answer too, not a miss.
  await restarted.rememberLastGood('empty', null)
  expect(await freshProcess().recallLastGood('empty')).toEqual({value: null})
})

it('a damaged file is a miss, not a crash; an unwritable cache folder keeps the answer in memory', async () => {
  const store = freshProcess()
  const folder = path.join(dir, '.next', 'cache', 'content-last-good')
  fs.mkdirSync(folder, {recursive: true})
  fs.writeFileSync(path.join(folder, 'broken.json'), '{"val')
  fs.writeFileSync(path.join(folder, 'wrong-shape.json'), '{"other": 1}')
  expect(await store.recallLastGood('broken')).toBeUndefined()
  expect(await store.recallLastGood('wrong-shape')).toBeUndefined()

  fs.rmSync(path.join(dir, '.next'), {recursive: true})
  fs.writeFileSync(path.join(dir, '.next'), 'a file where the folder should be')
  await store.rememberLastGood('kept', {title: 'held in memory'})
  expect(await store.recallLastGood('kept')).toEqual({value: {title: 'held in memory'}})
  expect(await freshProcess().recallLastGood('kept')).toBeUndefined()
})

it('memory holds the most recently used answers only; the rest are read back from disk', async () => {
  const store = freshProcess()
  const keys = Array.from({length: 600}, (_, i) => `page-${i}`)
  for (const key of keys) await store.rememberLastGood(key, {key})
  // Memory holds page-100 to page-599. page-0 comes back from disk and is held again, in place
  // of the least recently used, page-100.
  expect(await store.recallLastGood('page-0')).toEqual({value: {key: 'page-0'}})
  fs.rmSync(path.join(dir, '.next'), {recursive: true})
  // Without the disk copy, only what memory still holds comes back.
  expect(await store.recallLastGood('page-0')).toEqual({value: {key: 'page-0'}})
  expect(await store.recallLastGood('page-599')).toEqual({value: {key: 'page-599'}})
  expect(await store.recallLastGood('page-101')).toEqual({value: {key: 'page-101'}})
  expect(await store.recallLastGood('page-1')).toBeUndefined()
  expect(await store.recallLastGood('page-100')).toBeUndefined()
})
