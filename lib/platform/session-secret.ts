import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import {randomBytes} from 'node:crypto'
import {env} from './env'
import {log} from './log'

export class SessionSecretError extends Error {}

const registry = globalThis as typeof globalThis & {__enquirySecret?: string}

/**
 * The key for form tokens, sealed staff cookies and hashed IP addresses. SESSION_SECRET wins;
 * without it a random secret is generated once and kept next to the SQLite file (mode 600) so
 * that the offline default works and sessions survive restarts. Several servers behind a load
 * balancer must share SESSION_SECRET.
 */
export function getSessionSecret(): string {
  if (registry.__enquirySecret) return registry.__enquirySecret
  const {SESSION_SECRET, SQLITE_PATH} = env()
  registry.__enquirySecret = SESSION_SECRET ?? readOrCreateSecretFile(secretFilePath(SQLITE_PATH))
  return registry.__enquirySecret
}

export function secretFilePath(sqlitePath: string): string {
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ sqlitePath)), 'session-secret')
}

function unusable(file: string, error: unknown): SessionSecretError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error)
  return new SessionSecretError(
    `SESSION_SECRET is not set and ${file} cannot be written (${reason}): set SESSION_SECRET (32+ characters, the same on every instance)`,
  )
}

export function readOrCreateSecretFile(file: string): string {
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unusable(file, error)
  }
  const secret = randomBytes(32).toString('base64url')
  try {
    fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700})
    // 'wx' fails if another process wrote it first; then theirs is the one to use.
    fs.writeFileSync(file, `${secret}\n`, {mode: 0o600, flag: 'wx'})
    log.warn('session_secret.generated', {file, hint: 'set SESSION_SECRET (32+ characters) in production'})
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim()
    // A secret only this process knows breaks every form and sign-in another process (or this
    // one after a restart) served, so it is not an option.
    throw unusable(file, error)
  }
}
