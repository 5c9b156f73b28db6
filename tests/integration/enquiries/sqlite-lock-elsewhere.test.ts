import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {sql} from 'kysely'
import {createDatabase, type DatabaseHandle} from '@/lib/platform/database/db'

// Another process (a second server, the purge CLI, an operator's sqlite3 shell) holds the SQLite
// write lock for a while. A write of ours must wait for it without stopping this process: a page
// that touches no database is answered meanwhile, and the write lands once the lock is free.
const HOLD_MS = 1500

let dir: string
let file: string
let handle: DatabaseHandle
let server: http.Server
let origin: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-lock-elsewhere-'))
  file = path.join(dir, 'enquiries.sqlite')
  handle = createDatabase({sqlitePath: file})
  await sql`create table probe (id integer primary key, note text not null)`.execute(handle.db)
  // A page that takes a little while to render, as a real one does.
  server = http.createServer((_request, response) => setTimeout(() => response.end('privacy notice'), 100))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as {port: number}).port}`
})

afterAll(async () => {
  server.close()
  await handle.close()
  fs.rmSync(dir, {recursive: true, force: true})
})

/** Holds the write lock in a child process for HOLD_MS; resolves once it holds it. */
function holdWriteLockElsewhere(): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(process.argv[1])
    db.exec('begin immediate')
    db.prepare("insert into probe (note) values ('other process')").run()
    process.stdout.write('locked\\n')
    setTimeout(() => { db.exec('commit'); db.close() }, ${HOLD_MS})
  `
  const child = spawn(process.execPath, ['-e', script, file], {cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit']})
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child))
    child.once('error', reject)
  })
}

it('keeps serving while another process holds the write lock, and the write lands afterwards', async () => {
  const child = await holdWriteLockElsewhere()
  const exited = new Promise((resolve) => child.once('exit', resolve))

  const started = performance.now()
  const page = fetch(`${origin}/privacy`).then((response) => response.text())
  // The enquiry arrives while the page is being rendered.
  await new Promise((resolve) => setTimeout(resolve, 20))
  const write = handle.db.transaction().execute(async (trx) => {
    await sql`insert into probe (note) values ('enquiry')`.execute(trx)
  })
  expect(await page).toBe('privacy notice')
  const pageMs = performance.now() - started

  await write
  await exited
  expect(pageMs).toBeLessThan(600)
  const {rows} = await sql<{note: string}>`select note from probe order by id`.execute(handle.db)
  expect(rows.map((row) => row.note)).toEqual(['other process', 'enquiry'])
})
