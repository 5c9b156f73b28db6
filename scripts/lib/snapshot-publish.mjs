// "Publishing" against the bundled snapshot: change a document in the snapshot file atomically and
// tell a running server with the same signed webhook Sanity would send. Shared by
// scripts/content-publish.ts, tooling/bench/bench-publish.mjs and the e2e freshness journey.
import {randomBytes, randomUUID} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {encodeSignatureHeader, SIGNATURE_HEADER_NAME} from '@sanity/webhook'
import {evaluate, parse} from 'groq-js'

// Must equal WEBHOOK_PROJECTION in lib/content/webhook-payload.ts (a unit test compares them).
export const WEBHOOK_PROJECTION = `{_id, _type, "slug": slug.current, "language": coalesce(language, "en"), "before": before(){"slug": slug.current}, "operation": delta::operation()}`

export function defaultSnapshotDir(env = process.env) {
  return path.resolve(env.CONTENT_SNAPSHOT_DIR || path.join(process.cwd(), 'sanity', 'dataset'))
}

const snapshotFile = (dir) => path.join(dir, 'data.ndjson')

/** Writes next to the target and renames over it, so a reader never sees half a file. */
export function writeAtomically(file, text) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  fs.writeFileSync(temp, text)
  fs.renameSync(temp, file)
}

/**
 * Applies `set` (field -> value; `slug` may be given as a string) to one published document, found
 * by `id` or by `type` + `slug`, and removes the fields in `unset`, bumping _updatedAt and _rev as Content Lake would.
 * @param {{dir?: string, id?: string, type?: string, slug?: string, set?: Record<string, unknown>, unset?: string[]}} change
 * @returns {{before: Record<string, unknown>, after: Record<string, unknown>, file: string}}
 */
export function applyChange({dir = defaultSnapshotDir(), id, type = 'post', slug, set = {}, unset = []}) {
  const file = snapshotFile(dir)
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const index = lines.findIndex((line) => {
    if (!line.trim()) return false
    const doc = JSON.parse(line)
    if (id) return doc._id === id
    return doc._type === type && doc.slug?.current === slug && !doc._id.startsWith('drafts.')
  })
  if (index === -1) throw new Error(`no published ${id ? `document ${id}` : `${type} with slug "${slug}"`} in ${file}`)
  const before = JSON.parse(lines[index])
  const after = {...before}
  for (const [key, value] of Object.entries(set)) {
    if (key.startsWith('_')) throw new Error(`refusing to set system field ${key}`)
    after[key] = key === 'slug' && typeof value === 'string' ? {_type: 'slug', current: value} : value
  }
  for (const key of unset) delete after[key]
  after._updatedAt = new Date().toISOString()
  after._rev = randomBytes(11).toString('base64url')
  lines[index] = JSON.stringify(after)
  writeAtomically(file, lines.join('\n'))
  return {before, after, file}
}

/**
 * The body Sanity would send: the webhook projection evaluated in delta mode.
 * @param {{before?: Record<string, unknown> | null, after?: Record<string, unknown> | null}} change
 * @returns {Promise<string>}
 */
export async function webhookBody({before = null, after = null}) {
  const tree = parse(WEBHOOK_PROJECTION, {mode: 'delta'})
  const result = await evaluate(tree, {root: after ?? before, before, after})
  return JSON.stringify(await result.get())
}

/**
 * POSTs a signed webhook. `sentAt` is taken just before the request leaves, for latency figures.
 * `signature` overrides the computed header ('' sends none), for tests of refusals.
 * @param {{url: string, secret?: string, body: string, idempotencyKey?: string, timestamp?: number, signature?: string}} options
 * @returns {Promise<{status: number, body: unknown, sentAt: number, receivedAt: number}>}
 */
export async function sendWebhook({url, secret, body, idempotencyKey = randomUUID(), timestamp = Date.now(), signature}) {
  if (!secret && signature === undefined) throw new Error('SANITY_REVALIDATE_SECRET is not set (pass --secret or set it in the environment)')
  const header = signature ?? (await encodeSignatureHeader(body, timestamp, secret))
  const endpoint = new URL('/api/revalidate', url)
  const headers = {'content-type': 'application/json', 'idempotency-key': idempotencyKey}
  if (header) headers[SIGNATURE_HEADER_NAME] = header
  const sentAt = Date.now()
  const res = await fetch(endpoint, {method: 'POST', headers, body, signal: AbortSignal.timeout(30_000)})
  const text = await res.text()
  let parsed = text
  try {
    parsed = JSON.parse(text)
  } catch {
    /* not JSON */
  }
  return {status: res.status, body: parsed, sentAt, receivedAt: Date.now()}
}

/** applyChange + webhookBody + sendWebhook. */
export async function publish({dir, url, secret, ...change}) {
  const {before, after, file} = applyChange({dir, ...change})
  const body = await webhookBody({before, after})
  const response = await sendWebhook({url, secret, body})
  return {before, after, file, body, response}
}
