import type {DeliveryLedger} from '@/lib/http/delivery-ledger'

/**
 * The delivery ledger of one process, bounded. Enough for one server; with several instances
 * the webhook uses the shared one (lib/http/shared-delivery-ledger.ts) so that a delivery replayed
 * to another instance is still recognised. Entries default to an hour, longer than Sanity's
 * 30-minute retry window.
 */
export class IdempotencyKeys implements DeliveryLedger {
  // id -> expiry time; a Map iterates in insertion order, so the first entry is the oldest write.
  private readonly done = new Map<string, number>()

  constructor(
    private readonly capacity = 5000,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  has(key: string): boolean {
    const expires = this.done.get(key)
    if (expires === undefined) return false
    if (this.now() > expires) {
      this.done.delete(key)
      return false
    }
    return true
  }

  remember(key: string, ttlMs = this.ttlMs): void {
    this.done.delete(key)
    this.done.set(key, this.now() + ttlMs)
    while (this.done.size > this.capacity) this.done.delete(this.done.keys().next().value as string)
  }

  claim(key: string, ttlMs = this.ttlMs): boolean {
    if (this.has(key)) return false
    this.remember(key, ttlMs)
    return true
  }

  forget(key: string): void {
    this.done.delete(key)
  }
}
