import type {DeliveryLedger} from '@/lib/publishing/delivery-ledger'

/**
 * A delivery ledger in one process's memory, bounded, for tests of the webhook that need no
 * database (the site itself always uses lib/publishing/shared-delivery-ledger.ts, so that a delivery
 * replayed to another instance is still recognised). Entries default to an hour, longer than
 * Sanity's 30-minute retry window.
 */
export class InMemoryDeliveryLedger implements DeliveryLedger {
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
