import {sql, type Kysely} from 'kysely'
import {migrationSchema} from '@/lib/platform/database/db'
import {createMigrator, migrateToLatest} from '@/lib/platform/database/migrations'
import {sqlDeliveryLedger} from '@/lib/publishing/delivery-ledger-sql'
import {dialects, openTestDb} from '@/tests/support/test-db'

// Every table the app writes comes from a migration, on SQLite and (with TEST_DATABASE_URL) Postgres.

describe.each(dialects)('migrations (%s)', (dialect) => {
  it('create the webhook delivery ledger table, so the ledger works on a freshly migrated database', async () => {
    const t = await openTestDb(dialect)
    try {
      const {rows} = await sql<{n: number}>`select count(*) as n from webhook_deliveries`.execute(t.db)
      expect(Number(rows[0].n)).toBe(0)
      const ledger = sqlDeliveryLedger(t.db as unknown as Kysely<unknown>)
      expect(await ledger.claim('sig:fresh', 60_000)).toBe(true)
      expect(await ledger.claim('sig:fresh', 60_000)).toBe(false)
    } finally {
      await t.cleanup()
    }
  })

  it('adopt a ledger table the webhook created itself before the migration existed, keeping its rows', async () => {
    const t = await openTestDb(dialect)
    try {
      const db = t.db as unknown as Kysely<unknown>
      const schema = await migrationSchema(t)
      // Back to the state of a database in service before: two migrations, the ledger's own table.
      const down = await createMigrator(db, schema).migrateTo(
        '0002_sessions_idle_login_backoff_enquiry_updates',
      )
      expect(down.error).toBeUndefined()
      await sql`create table if not exists webhook_deliveries (id varchar(200) primary key, expires_at bigint not null)`.execute(
        db,
      )
      await sql`insert into webhook_deliveries (id, expires_at) values ('sig:old', ${Date.now() + 60_000})`.execute(
        db,
      )

      expect(await migrateToLatest(db, schema)).toContain('0003_webhook_deliveries')
      expect(await sqlDeliveryLedger(db).has('sig:old')).toBe(true)
    } finally {
      await t.cleanup()
    }
  })
})
