import {randomUUID} from 'node:crypto'
import {encodeSignatureHeader} from '@sanity/webhook'
import {evaluate, parse} from 'groq-js'
import {WEBHOOK_FILTER, WEBHOOK_PROJECTION} from '../../lib/content/webhook-payload'
import {isPublishedId} from './ids'
import type {CommittedTransaction, DocumentChange, DocumentStore, LakeDocument} from './store'

export type WebhookOptions = {
  url: string
  secret: string
  /** Waits before each retry; Sanity keeps retrying for up to 30 minutes. */
  retryDelaysMs?: number[]
  projectId?: string
  dataset?: string
}

// 1 s doubling to 5 min, then every 5 min: about 30 minutes of retries in all, as Sanity does.
export const DEFAULT_RETRY_DELAYS_MS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300, 300].map(
  (s) => s * 1000,
)

const filterTree = parse(WEBHOOK_FILTER, {mode: 'delta'})
const projectionTree = parse(WEBHOOK_PROJECTION, {mode: 'delta'})

async function evaluateDelta(
  tree: ReturnType<typeof parse>,
  before: LakeDocument | null,
  after: LakeDocument | null,
): Promise<unknown> {
  const result = await evaluate(tree, {root: after ?? before, before, after})
  return result.get()
}

/** The body Sanity would send for this change, or null when the webhook filter does not select it. */
export async function webhookBody(change: DocumentChange): Promise<string | null> {
  if (!isPublishedId(change.id)) return null
  if ((await evaluateDelta(filterTree, change.before, change.after)) !== true) return null
  return JSON.stringify(await evaluateDelta(projectionTree, change.before, change.after))
}

function retryable(status: number): boolean {
  return status >= 500 || status === 429
}

/**
 * Sends the GROQ-powered webhook after every committed change to a published document: signed,
 * with one idempotency key per delivery, retried on 5xx, 429 and connection errors, never on other 4xx.
 */
export function startWebhooks(
  store: DocumentStore,
  options: WebhookOptions,
  log: (line: Record<string, unknown>) => void,
) {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS
  const timers = new Set<NodeJS.Timeout>()
  let stopped = false

  async function attempt(
    delivery: {body: string; key: string; change: DocumentChange; tx: CommittedTransaction},
    number: number,
  ) {
    if (stopped) return
    const started = performance.now()
    let status = 0
    let error: string | undefined
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'sanity-webhook-signature': await encodeSignatureHeader(delivery.body, Date.now(), options.secret),
          'idempotency-key': delivery.key,
          'sanity-transaction-id': delivery.tx.id,
          'sanity-transaction-time': delivery.tx.timestamp,
          'sanity-document-id': delivery.change.id,
          'sanity-operation': !delivery.change.before
            ? 'create'
            : !delivery.change.after
              ? 'delete'
              : 'update',
          ...(options.projectId ? {'sanity-project-id': options.projectId} : {}),
          ...(options.dataset ? {'sanity-dataset': options.dataset} : {}),
        },
        body: delivery.body,
      })
      status = response.status
      await response.arrayBuffer()
    } catch (caught) {
      error = (caught as Error).message
    }
    const ms = Math.round(performance.now() - started)
    log({
      event: 'lake.webhook',
      documentId: delivery.change.id,
      idempotencyKey: delivery.key,
      attempt: number,
      status,
      ms,
      ...(error ? {error} : {}),
    })
    const again = error !== undefined || retryable(status)
    if (!again || number > delays.length || stopped) return
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        void attempt(delivery, number + 1)
      },
      delays[number - 1],
    )
    timers.add(timer)
  }

  const onCommit = async (tx: CommittedTransaction) => {
    for (const change of tx.changes) {
      const body = await webhookBody(change)
      if (body !== null) void attempt({body, key: `${tx.id}-${randomUUID()}`, change, tx}, 1)
    }
  }
  store.on('commit', (tx) => void onCommit(tx))

  return {
    stop() {
      stopped = true
      timers.forEach(clearTimeout)
      timers.clear()
    },
  }
}
