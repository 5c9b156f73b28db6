import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import {sql} from 'kysely'
import {createDatabase, type DatabaseHandle} from '@/lib/platform/database/db'

// lib/platform/database/db.ts replaces the driver's beginTransaction so that every SQLite transaction
// takes the write lock when it begins (BEGIN IMMEDIATE). This test fails on a Kysely upgrade that
// stops calling it: another connection could then take the lock in the middle of our transaction.
let dir: string
let handle: DatabaseHandle
let other: SqliteDatabase.Database
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-lock-'))
  const file = path.join(dir, 'enquiries.sqlite')
  handle = createDatabase({sqlitePath: file})
  other = new SqliteDatabase(file)
  // Answer at once instead of waiting for the lock: this process holds it.
  other.pragma('busy_timeout = 0')
})
afterAll(async () => {
  other.close()
  await handle.close()
  fs.rmSync(dir, {recursive: true, force: true})
})

const otherCanTakeWriteLock = () => {
  try {
    other.exec('begin immediate')
    other.exec('rollback')
    return true
  } catch (error) {
    if ((error as {code?: string}).code === 'SQLITE_BUSY') return false
    throw error
  }
}

it('a transaction holds the write lock from its first statement, before it writes', async () => {
  expect(otherCanTakeWriteLock()).toBe(true)
  await handle.db.transaction().execute(async (trx) => {
    await sql`select 1`.execute(trx)
    expect(otherCanTakeWriteLock()).toBe(false)
  })
  expect(otherCanTakeWriteLock()).toBe(true)
})
