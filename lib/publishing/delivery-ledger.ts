/**
 * Webhook deliveries already handled, in a store every server instance shares, so that a replay
 * (the same signed request sent again) or a re-delivery (Sanity's retry, same `idempotency-key`)
 * is not processed twice whichever instance it reaches. Entries expire by themselves.
 */
export interface DeliveryLedger {
  /** Records `id` for `ttlMs` unless it is recorded and unexpired already; true when this call recorded it. */
  claim(id: string, ttlMs: number): Promise<boolean> | boolean
  has(id: string): Promise<boolean> | boolean
  remember(id: string, ttlMs: number): Promise<void> | void
  /** Drops `id`, so a delivery that failed can be retried. */
  forget(id: string): Promise<void> | void
}
