import type BetterSqlite3 from 'better-sqlite3'
import type {SqliteDatabase, SqliteStatement} from 'kysely'

// Kysely prepares every query afresh, and with better-sqlite3 preparing costs about as much as
// running a small insert. The same few statements run on every submission, so keep them.
// Bounded, because a query with a variable-length IN list is a new SQL string for each length.

const DEFAULT_SIZE = 200

export function withStatementCache(sqlite: BetterSqlite3.Database, size = DEFAULT_SIZE): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql)
      // A statement still being iterated (Kysely's stream()) cannot run again until it finishes.
      if (cached && !cached.busy) return cached
      if (cached) return sqlite.prepare(sql)
      const statement = sqlite.prepare(sql)
      // A Map iterates in insertion order, so the first key is the oldest entry.
      if (statements.size >= size) statements.delete(statements.keys().next().value!)
      statements.set(sql, statement)
      return statement
    },
  }
}
