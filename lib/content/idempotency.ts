/**
 * Delivery ids already handled, so that a webhook Sanity re-delivers (same `idempotency-key`) does
 * not revalidate twice. In-process and bounded: several server instances each keep their own, so a
 * re-delivery that lands on another instance revalidates again, which is harmless (revalidation is
 * idempotent; this only saves work). Keys are kept for an hour, longer than Sanity's 30-minute
 * retry window.
 */
export class IdempotencyKeys {
  private readonly done = new Map<string, number>()

  constructor(
    private readonly capacity = 5000,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  has(key: string): boolean {
    const at = this.done.get(key)
    if (at === undefined) return false
    if (this.now() - at > this.ttlMs) {
      this.done.delete(key)
      return false
    }
    return true
  }

  remember(key: string): void {
    this.done.delete(key)
    this.done.set(key, this.now())
    // A Map iterates in insertion order, so the first key is the oldest.
    while (this.done.size > this.capacity) this.done.delete(this.done.keys().next().value as string)
  }
}
