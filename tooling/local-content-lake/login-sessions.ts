import {randomBytes} from 'node:crypto'
import {setTimeout as sleep} from 'node:timers/promises'

// Long enough for a slow first load of the Studio after the redirect; the id is random and unguessable.
const VALID_MS = 5 * 60_000
// How long a swap waits for the Studio's first "who am I" check (below), and the margin after it.
const CHECK_WAIT_MS = 2_000
const MARGIN_MS = 150

/**
 * The session ids the demo login provider hands out (`#sid=` in the redirect back to the Studio)
 * and swaps for the editor's token at `/auth/fetch`.
 *
 * The Studio (sanity 5.31.2, token login) starts listening for a new token only after its first
 * `/users/me` check on the page has answered; a token that arrives earlier is dropped and the login
 * screen comes back. Both requests leave together when the page loads, so a swap waits until an
 * anonymous `/users/me` issued after the session id has been answered (or a few seconds passed).
 */
export class LoginSessions {
  private readonly sessions = new Map<string, {issuedAt: number; expiresAt: number}>()
  private lastAnonymousCheckAt = 0

  issue(): string {
    const now = Date.now()
    for (const [sid, {expiresAt}] of this.sessions) if (expiresAt < now) this.sessions.delete(sid)
    // The Studio only reads a `#sid=` of 20 characters or more from its address.
    const sid = randomBytes(24).toString('base64url')
    this.sessions.set(sid, {issuedAt: now, expiresAt: now + VALID_MS})
    return sid
  }

  noteAnonymousUserCheck(): void {
    this.lastAnonymousCheckAt = Date.now()
  }

  /** True once the session id may be swapped for the token; false for an unknown or expired one. */
  async redeem(sid: string): Promise<boolean> {
    const session = this.sessions.get(sid)
    if (!session || session.expiresAt < Date.now()) return false
    const deadline = Date.now() + CHECK_WAIT_MS
    while (this.lastAnonymousCheckAt <= session.issuedAt && Date.now() < deadline) await sleep(25)
    await sleep(MARGIN_MS)
    return true
  }
}
