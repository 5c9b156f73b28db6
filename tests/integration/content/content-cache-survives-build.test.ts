import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Next's data cache (.next/cache/fetch-cache) outlives builds and restarts; only a webhook clears
// it. Here a published read is cached, the snapshot file is then changed without a webhook (a
// restore, a git pull, edit:save) and a new server starts on the same cache directory, with Next's
// own file-system cache behind unstable_cache: it must serve what the file says now.
const QUERY = '*[_id == "guide-1"][0].title'

let dir: string
let fetchContent: <T>(query: string, params: Record<string, string>, tags: string[]) => Promise<T>

function writeSnapshot(title: string) {
  fs.writeFileSync(path.join(dir, 'dataset', 'data.ndjson'), JSON.stringify({_id: 'guide-1', _type: 'post', title}) + '\n')
}

/** What `next start` sets up on boot: an incremental cache over the build's cache directory. */
function startServerCache() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {IncrementalCache} = require('next/dist/server/lib/incremental-cache')
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {nodeFs} = require('next/dist/server/lib/node-fs-methods')
  ;(globalThis as {__incrementalCache?: unknown}).__incrementalCache = new IncrementalCache({
    fs: nodeFs,
    dev: false,
    flushToDisk: true,
    minimalMode: false,
    serverDistDir: path.join(dir, '.next', 'server'),
    requestHeaders: {},
    maxMemoryCacheSize: 0,
    fetchCacheKeyPrefix: '',
    allowedRevalidateHeaderKeys: [],
    previewProps: {previewModeId: 'id', previewModeSigningKey: 's', previewModeEncryptionKey: 'e'},
    prerenderManifest: {version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: {previewModeId: 'id', previewModeSigningKey: 's', previewModeEncryptionKey: 'e'}},
  })
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cache-build-'))
  fs.mkdirSync(path.join(dir, 'dataset'))
  Object.assign(process.env, {CONTENT_SNAPSHOT_DIR: path.join(dir, 'dataset'), SANITY_PROJECT_ID: ''})
  ;({fetchContent} = await import('@/lib/content/fetch-content'))
})

afterAll(() => {
  delete (globalThis as {__incrementalCache?: unknown}).__incrementalCache
  fs.rmSync(dir, {recursive: true, force: true})
})

it('serves the snapshot file as it is now, not an older cached answer, after it changed without a webhook', async () => {
  writeSnapshot('Published title')
  startServerCache()
  expect(await fetchContent<string>(QUERY, {}, ['post:guide-1'])).toBe('Published title')
  expect(fs.readdirSync(path.join(dir, '.next', 'cache', 'fetch-cache')).length).toBeGreaterThan(0)

  writeSnapshot('Title in the file')
  startServerCache()
  expect(await fetchContent<string>(QUERY, {}, ['post:guide-1'])).toBe('Title in the file')
})
