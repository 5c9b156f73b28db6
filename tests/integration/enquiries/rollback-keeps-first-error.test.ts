import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {sql} from 'kysely'
import {createDatabase, type DatabaseHandle} from '@/lib/platform/database/db'

// SQLite ends a transaction by itself on some failures (I/O errors, a full disk, RAISE(ROLLBACK)
// in a trigger); the rollback that follows then fails. The caller and the log must see the
// failure that happened, not "cannot rollback - no transaction is active".
let dir: string
let handle: DatabaseHandle

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollback-first-error-'))
  handle = createDatabase({sqlitePath: path.join(dir, 'enquiries.sqlite')})
  await sql`create table notes (body text not null)`.execute(handle.db)
  await sql`create trigger refuse before insert on notes begin select raise(rollback, 'disk I/O error while storing'); end`.execute(handle.db)
})

afterAll(async () => {
  await handle.close()
  fs.rmSync(dir, {recursive: true, force: true})
})

it('reports the error that ended the transaction, not the failed rollback after it', async () => {
  const attempt = handle.db.transaction().execute(async (trx) => {
    await sql`insert into notes (body) values ('enquiry')`.execute(trx)
  })
  // Matched on the message: errors from the native driver may come from another realm than jest's Error.
  await expect(attempt).rejects.toMatchObject({message: 'disk I/O error while storing'})
  // The connection is usable afterwards.
  await sql`drop trigger refuse`.execute(handle.db)
  await handle.db.transaction().execute((trx) => sql`insert into notes (body) values ('next')`.execute(trx))
  const {rows} = await sql<{body: string}>`select body from notes`.execute(handle.db)
  expect(rows).toEqual([{body: 'next'}])
})
