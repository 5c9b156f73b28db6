/**
 * Publishes a change to the bundled snapshot and sends the signed webhook Sanity would send, so the
 * whole publish -> revalidate -> fresh page loop can be seen offline.
 *
 *   npm run content:publish -- --slug can-you-close-pores-permanently --title "New title"
 *   npm run content:publish -- --type treatment --slug chemical-peel --set '{"summary": "..."}'
 *   npm run content:publish -- --id person.dr-demo-tan --set '{"role": "Medical director"}' --url http://localhost:3001
 *   npm run content:publish -- --slug chemical-peel-aftercare --publish-at "2026-12-13 09:00"   (scheduled, Singapore time)
 *   npm run content:publish -- --slug clinic-closure --take-down-at "2027-01-02 00:00" | --take-down-at none
 *
 * The snapshot is CONTENT_SNAPSHOT_DIR or sanity/dataset (the one the server reads); the secret is
 * SANITY_REVALIDATE_SECRET (or --secret); --no-webhook only writes the file.
 */
import {parseArgs} from 'node:util'
import {parseSingaporeTime} from '../lib/singapore-time'
import {applyChange, defaultSnapshotDir, sendWebhook, webhookBody} from './lib/snapshot-publish.mjs'

const {values} = parseArgs({
  options: {
    slug: {type: 'string'},
    id: {type: 'string'},
    type: {type: 'string', default: 'post'},
    title: {type: 'string'},
    set: {type: 'string'},
    'publish-at': {type: 'string'},
    'take-down-at': {type: 'string'},
    url: {type: 'string', default: process.env.SITE_URL_FOR_PUBLISH || 'http://localhost:3000'},
    secret: {type: 'string'},
    dir: {type: 'string'},
    'no-webhook': {type: 'boolean', default: false},
  },
})

function fail(message: string): never {
  console.error(`content:publish: ${message}`)
  process.exit(2)
}

async function main() {
  if (!values.slug && !values.id) fail('say which document: --slug <slug> [--type post] or --id <_id>')
  let set: Record<string, unknown> = {}
  if (values.set) {
    try {
      set = JSON.parse(values.set) as Record<string, unknown>
    } catch (error) {
      fail(`--set is not JSON: ${(error as Error).message}`)
    }
    if (!set || typeof set !== 'object' || Array.isArray(set)) fail('--set must be a JSON object of fields to set')
  }
  if (values.title !== undefined) set.title = values.title
  // Stored as Sanity stores a datetime (UTC, milliseconds), which the live rule compares as text.
  const time = (flag: string, text: string) => {
    const date = parseSingaporeTime(text)
    if (!date) fail(`${flag} must be "YYYY-MM-DD HH:mm" (Singapore time) or an ISO time with Z or an offset, got "${text}"`)
    return date.toISOString()
  }
  if (values['publish-at'] !== undefined) set.publishedAt = time('--publish-at', values['publish-at'])
  const unset: string[] = []
  const takeDown = values['take-down-at']
  if (takeDown === 'none') unset.push('takeDownAt')
  else if (takeDown !== undefined) set.takeDownAt = time('--take-down-at', takeDown)
  if (Object.keys(set).length === 0 && unset.length === 0) {
    fail('nothing to change: give --title "...", --publish-at, --take-down-at or --set \'{"field": value}\'')
  }

  const dir = values.dir ?? defaultSnapshotDir()
  const change = {dir, id: values.id, type: values.type, slug: values.slug, set, unset}
  if (values['no-webhook']) {
    const {after, file} = applyChange(change)
    console.log(`wrote ${after._id} to ${file} (no webhook sent)`)
    return
  }
  const secret = values.secret ?? process.env.SANITY_REVALIDATE_SECRET
  if (!secret) fail('SANITY_REVALIDATE_SECRET is not set: export the same value the server uses, or pass --secret')
  const {before, after, file} = applyChange(change)
  console.log(`wrote ${after._id} to ${file}`)
  const body = await webhookBody({before, after})
  const endpoint = new URL('/api/revalidate', values.url)
  let response: Awaited<ReturnType<typeof sendWebhook>>
  try {
    response = await sendWebhook({url: values.url, secret, body})
  } catch (error) {
    fail(`the snapshot is changed, but the webhook to ${endpoint} failed (${(error as Error).message}); is the server running? Re-run once it is, or restart it.`)
  }
  console.log(`webhook ${endpoint} -> ${response.status} in ${response.receivedAt - response.sentAt} ms`)
  console.log(`  body: ${body}`)
  console.log(`  answer: ${JSON.stringify(response.body)}`)
  if (response.status !== 200) process.exit(1)
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
