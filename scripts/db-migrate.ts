// npm run db:migrate: applies the database migrations, every table (SQLite by default, Postgres with
// DATABASE_URL). The server also applies them on first use; this is for deploy pipelines.
import {dbConfigFromEnv, migrationSchema, openMigratedDb} from '@/lib/platform/database/db'
import {createMigrator} from '@/lib/platform/database/migrations'
import type {Kysely} from 'kysely'

async function main() {
  const config = dbConfigFromEnv()
  const target = config.databaseUrl ? 'Postgres (DATABASE_URL)' : `SQLite ${config.sqlitePath}`
  const handle = await openMigratedDb(config)
  try {
    const migrations = await createMigrator(
      handle.db as unknown as Kysely<unknown>,
      await migrationSchema(handle),
    ).getMigrations()
    for (const m of migrations)
      console.log(
        `${m.executedAt ? 'applied' : 'PENDING'}  ${m.name}${m.executedAt ? `  (${m.executedAt.toISOString()})` : ''}`,
      )
    console.log(`Database is up to date: ${target}`)
  } finally {
    await handle.close()
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
