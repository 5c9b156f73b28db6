import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createClient, type ClientPerspective, type SanityClient} from '@sanity/client'
import {startLocalContentLake, type LakeOptions, type LocalContentLake} from '@/tooling/local-content-lake/server'

export const API = '/v2025-02-19'

const roots: string[] = []
const started: LocalContentLake[] = []
// Registered by every test file that imports the fixture: its working copies go when the file is
// done, after its lakes are closed (a lake writes its last commits into the working copy on close).
afterAll(async () => {
  await Promise.all(started.splice(0).map((lake) => lake.close()))
  for (const root of roots.splice(0)) fs.rmSync(root, {recursive: true, force: true})
})

/** A working copy of the bundled snapshot in a temporary folder, so tests never touch sanity/dataset. */
export function workingCopy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lake-test-'))
  roots.push(root)
  const dir = path.join(root, 'dataset')
  fs.mkdirSync(dir)
  const source = path.join(process.cwd(), 'sanity', 'dataset')
  fs.copyFileSync(path.join(source, 'data.ndjson'), path.join(dir, 'data.ndjson'))
  fs.cpSync(path.join(source, 'images'), path.join(dir, 'images'), {recursive: true})
  return dir
}

export type TestLake = LocalContentLake & {
  dir: string
  logs: Record<string, unknown>[]
  api<T = unknown>(
    pathname: string,
    init?: {method?: string; body?: unknown; token?: string | null},
  ): Promise<{status: number; body: T}>
}

export async function startTestLake(options: Partial<LakeOptions> = {}): Promise<TestLake> {
  const dir = options.dir ?? workingCopy()
  const logs: Record<string, unknown>[] = []
  const lake = await startLocalContentLake({
    port: 0,
    httpPort: 0,
    strict: true,
    ...options,
    dir,
    log: (line) => logs.push(line),
  })
  started.push(lake)
  async function api<T>(
    pathname: string,
    init: {method?: string; body?: unknown; token?: string | null} = {},
  ) {
    const token = init.token === undefined ? lake.token : init.token
    const response = await fetch(`${lake.httpUrl}${pathname}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(token ? {authorization: `Bearer ${token}`} : {}),
        ...(init.body === undefined ? {} : {'content-type': 'application/json'}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // NDJSON and plain-text answers stay text.
    }
    return {status: response.status, body: body as T}
  }
  return Object.assign(lake, {dir, logs, api}) as TestLake
}

export function queryPath(query: string, params: Record<string, unknown> = {}, perspective?: string): string {
  const search = new URLSearchParams({query})
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
  if (perspective) search.set('perspective', perspective)
  return `${API}/data/query/production?${search}`
}

export function readLines(dir: string): string[] {
  return fs.readFileSync(path.join(dir, 'data.ndjson'), 'utf8').trimEnd().split('\n')
}

/** @sanity/client with the settings every Node caller uses against the lake: plain HTTP, no project hostname. */
export function lakeClient(lake: LocalContentLake & {token: string}, perspective?: ClientPerspective): SanityClient {
  return createClient({
    apiHost: lake.httpUrl,
    useProjectHostname: false,
    projectId: lake.projectId,
    dataset: lake.dataset,
    token: lake.token,
    apiVersion: '2025-02-19',
    useCdn: false,
    ...(perspective ? {perspective} : {}),
  })
}

/** Points the site's content modules at the lake (Sanity mode) and the snapshot source at the same working copy. */
export function useLakeAsContentSource(lake: LocalContentLake & {token: string}, dir: string): void {
  Object.assign(process.env, {
    SANITY_PROJECT_ID: lake.projectId,
    SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.httpUrl,
    SANITY_API_READ_TOKEN: lake.token,
    CONTENT_SNAPSHOT_DIR: dir,
  })
}
