import Database from 'better-sqlite3'
import {Kysely, SqliteDialect} from 'kysely'
import {withStatementCache} from '@/lib/platform/database/statement-cache'

function open() {
  const sqlite = new Database(':memory:')
  sqlite.exec('create table t (id integer primary key, name text)')
  return sqlite
}

it('hands back the same prepared statement for the same SQL', () => {
  const cached = withStatementCache(open())
  const a = cached.prepare('select * from t where id = ?')
  expect(cached.prepare('select * from t where id = ?')).toBe(a)
  expect(cached.prepare('select * from t where name = ?')).not.toBe(a)
})

it('keeps at most the given number of statements, dropping the oldest', () => {
  const cached = withStatementCache(open(), 2)
  const first = cached.prepare('select 1')
  const second = cached.prepare('select 2')
  cached.prepare('select 3')
  expect(cached.prepare('select 2')).toBe(second)
  expect(cached.prepare('select 1')).not.toBe(first)
})

it('prepares a fresh statement while the cached one is still being iterated', () => {
  const sqlite = open()
  sqlite.exec("insert into t (name) values ('a'), ('b')")
  const cached = withStatementCache(sqlite)
  const iterating = cached.prepare('select name from t order by id')
  const rows = iterating.iterate([])
  expect(rows.next().value).toEqual({name: 'a'})
  const again = cached.prepare('select name from t order by id')
  expect(again).not.toBe(iterating)
  expect(again.all([])).toEqual([{name: 'a'}, {name: 'b'}])
  expect(rows.next().value).toEqual({name: 'b'})
})

it('serves Kysely: the same query twice gives current results', async () => {
  const db = new Kysely<{t: {id: number; name: string}}>({
    dialect: new SqliteDialect({database: withStatementCache(open())}),
  })
  await db.insertInto('t').values({id: 1, name: 'a'}).execute()
  await db.insertInto('t').values({id: 2, name: 'b'}).execute()
  const names = () => db.selectFrom('t').select('name').orderBy('id').execute()
  expect(await names()).toEqual([{name: 'a'}, {name: 'b'}])
  await db.updateTable('t').set({name: 'c'}).where('id', '=', 1).execute()
  expect(await names()).toEqual([{name: 'c'}, {name: 'b'}])
  await db.destroy()
})
