// Publish-to-live latency, shared by bench-publish.mjs and bench-content-scale.mjs: publish a new
// title of one post, then request its page until the HTML carries it; over `runs` publishes
// (after `warmup` ones, shown but not counted). Two ways to publish: the snapshot's (write the file,
// send the signed webhook ourselves) and Sanity's (the publish action on the local Content Lake,
// whose own webhook tells the site).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {publish} from '../../scripts/lib/snapshot-publish.mjs'
import {percentile, saveResult, withMachine} from './snapshot-server.mjs'

const POLL_LIMIT_MS = 15_000

async function getText(url) {
  const res = await fetch(url, {signal: AbortSignal.timeout(15_000)})
  return {status: res.status, body: await res.text()}
}

/** The English post's title (a Chinese translation has the same slug). */
function titleOf(snapshotDir, slug) {
  const post = fs
    .readFileSync(path.join(snapshotDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.includes(`"current":"${slug}"`))
    .map((l) => JSON.parse(l))
    .find((d) => !d._id.startsWith('drafts.') && (d.language ?? 'en') === 'en')
  if (!post) throw new Error(`no published post "${slug}" in ${snapshotDir}`)
  return post.title
}

/** Snapshot mode: write the change to the snapshot and send the signed webhook ourselves. */
export function snapshotPublisher({baseUrl, snapshotDir, secret, slug}) {
  return {
    what: 'signed webhook sent to the site (or the proxy in front) -> article HTML with the new title returned',
    async publish(title) {
      const {response} = await publish({dir: snapshotDir, url: baseUrl, secret, slug, set: {title}})
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${JSON.stringify(response.body)}`)
      return {sentAt: response.sentAt, webhookMs: response.receivedAt - response.sentAt}
    },
  }
}

/**
 * Sanity mode: what the Studio does (the edited draft, then the publish action); the lake sends the
 * webhook. Timed from the moment the publish action is sent, so the lake's commit is part of it
 * (its answer time is shown as actionMs).
 */
export async function lakePublisher({lake, id}) {
  const {createClient} = await import('@sanity/client')
  // Node talks to the lake's plain HTTP port; the site itself goes through SANITY_API_HOST.
  const client = createClient({projectId: lake.projectId, dataset: lake.dataset, apiVersion: 'v2025-02-19', token: lake.token, useCdn: false, apiHost: lake.httpUrl, useProjectHostname: false})
  return {
    what: 'publish action sent to the local Content Lake -> (its signed webhook) -> article HTML with the new title returned',
    async publish(title) {
      const published = await client.getDocument(id)
      await client.createOrReplace({...published, _id: `drafts.${id}`, title})
      const sentAt = Date.now()
      await client.action({actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id})
      return {sentAt, actionMs: Date.now() - sentAt}
    },
  }
}

export async function publishToLive({baseUrl, snapshotDir, publisher, slug, runs, warmup = 1, resultFile = 'publish.json', log = console.log}) {
  const article = new URL(`/blog/${slug}`, baseUrl).href
  const original = titleOf(snapshotDir, slug)
  const first = await getText(article)
  if (first.status !== 200) throw new Error(`GET ${article} answered ${first.status}`)
  const samples = []
  const warmups = []
  const loadBefore = os.loadavg()
  try {
    for (let i = 1 - warmup; i <= runs; i++) {
      const token = `bench${i}x${Math.random().toString(36).slice(2, 8)}`
      const response = await publisher.publish(`${original} ${token}`)
      let requests = 0
      let freshAt
      while (Date.now() - response.sentAt < POLL_LIMIT_MS) {
        requests += 1
        const page = await getText(article)
        if (page.status === 200 && page.body.includes(token)) {
          freshAt = Date.now()
          break
        }
      }
      if (!freshAt) throw new Error(`publish ${i}: the new title did not appear within ${POLL_LIMIT_MS} ms`)
      const sample = {run: i, ms: freshAt - response.sentAt, webhookMs: response.webhookMs, actionMs: response.actionMs, requests}
      ;(i > 0 ? samples : warmups).push(sample)
      const label = i > 0 ? `publish ${String(i).padStart(2)}` : 'warm-up   '
      const parts = [sample.webhookMs === undefined ? '' : `webhook ${sample.webhookMs} ms`, sample.actionMs === undefined ? '' : `action ${sample.actionMs} ms`, `fresh on request ${requests}`]
      log(`${label}: ${sample.ms} ms (${parts.filter(Boolean).join(', ')})`)
    }
  } finally {
    // Leave the snapshot and the server's cache as they were.
    await publisher.publish(original).catch((e) => console.error(`restore failed: ${e.message}`))
  }
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b)
  const result = withMachine(
    {
      what: publisher.what,
      article: `/blog/${slug}`,
      runs: samples.length,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      maxMs: sorted.at(-1),
      freshOnFirstRequest: samples.filter((s) => s.requests === 1).length,
      warmups,
      samples,
    },
    loadBefore,
  )
  log(`publish-to-live over ${result.runs} publishes: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms; fresh on the first request: ${result.freshOnFirstRequest}/${result.runs}`)
  if (resultFile) saveResult(resultFile, result)
  return result
}
