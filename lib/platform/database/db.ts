import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  sql,
  type DatabaseConnection,
  type Driver,
} from 'kysely'
import {Pool} from 'pg'
import {env} from '@/lib/platform/env'
import {log} from '@/lib/platform/log'
import type {Database} from './schema'
import {migrateToLatest} from './migrations'
import {withStatementCache} from './statement-cache'
import {retryingBusyStatements, SQLITE_BUSY_TIMEOUT_MS} from './retry-when-busy'
import {keepingFirstError} from './keep-first-error'

export type DialectName = 'sqlite' | 'postgres'

export interface DatabaseHandle {
  db: Kysely<Database>
  dialect: DialectName
  close(): Promise<void>
}

export interface DbConfig {
  databaseUrl?: string
  sqlitePath: string
  /** Postgres only: a schema to work in (tests use a throwaway one). */
  pgSchema?: string
  pgPoolSize?: number
}

// Kysely opens SQLite transactions with a deferred BEGIN (pinned by
// tests/integration/platform/sqlite-write-lock.test.ts). Another process (a second server, the
// purge CLI) can then make the read-to-write upgrade fail with SQLITE_BUSY without waiting, so
// every transaction here takes the write lock up front; the waiting for it is asynchronous
// (retry-when-busy.ts), so the rest of the server keeps running meanwhile.
class ImmediateSqliteDialect extends SqliteDialect {
  createDriver(): Driver {
    const driver = keepingFirstError(retryingBusyStatements(super.createDriver()))
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    }
    return driver
  }
}

class FirstErrorPostgresDialect extends PostgresDialect {
  createDriver(): Driver {
    return keepingFirstError(super.createDriver())
  }
}

function openSqlite(file: string): SqliteDatabase.Database {
  const resolved = path.resolve(/*turbopackIgnore: true*/ file)
  fs.mkdirSync(path.dirname(resolved), {recursive: true, mode: 0o700})
  const sqlite = new SqliteDatabase(resolved)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
  // WAL with synchronous=NORMAL survives a killed process (the committed WAL is in the OS); only a
  // power cut can drop the last commits. That trade keeps a commit off the fsync path.
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  return sqlite
}

export function createDatabase(config: DbConfig): DatabaseHandle {
  if (config.databaseUrl) {
    const pool = new Pool({
      connectionString: config.databaseUrl,
      max: config.pgPoolSize ?? 10,
      ...(config.pgSchema ? {options: `-c search_path=${quoteIdent(config.pgSchema)}`} : {}),
    })
    // An idle client losing its connection (a Postgres restart) must not crash the server: the
    // pool replaces it on the next checkout.
    pool.on('error', (error) => log.error('database.pool_error', {error}))
    const db = new Kysely<Database>({dialect: new FirstErrorPostgresDialect({pool})})
    return {db, dialect: 'postgres', close: () => db.destroy()}
  }
  const sqlite = openSqlite(config.sqlitePath)
  const db = new Kysely<Database>({dialect: new ImmediateSqliteDialect({database: withStatementCache(sqlite)})})
  return {db, dialect: 'sqlite', close: () => db.destroy()}
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe schema name: ${name}`)
  return name
}

/** Postgres: the schema unqualified tables go to (search_path); SQLite has none. */
export async function migrationSchema(handle: DatabaseHandle): Promise<string | undefined> {
  if (handle.dialect !== 'postgres') return undefined
  const {rows} = await sql<{schema: string}>`select current_schema() as schema`.execute(handle.db)
  return rows[0]?.schema
}

/** Opens a database and applies pending migrations before handing it out. */
export async function openMigratedDb(config: DbConfig): Promise<DatabaseHandle> {
  const handle = createDatabase(config)
  try {
    await migrateToLatest(handle.db as unknown as Kysely<unknown>, await migrationSchema(handle))
  } catch (error) {
    await handle.close()
    throw error
  }
  return handle
}

export function dbConfigFromEnv(): DbConfig {
  const {DATABASE_URL, SQLITE_PATH} = env()
  return {databaseUrl: DATABASE_URL, sqlitePath: SQLITE_PATH}
}

// One handle per server process; kept on globalThis so dev-mode module reloads reuse it.
const registry = globalThis as typeof globalThis & {__database?: Promise<DatabaseHandle>}

/** The process-wide database, migrated on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  if (!registry.__database) {
    registry.__database = openMigratedDb(dbConfigFromEnv()).catch((error: unknown) => {
      registry.__database = undefined
      throw error
    })
  }
  return registry.__database
}
