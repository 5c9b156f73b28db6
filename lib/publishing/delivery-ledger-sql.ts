import {type Kysely, sql} from 'kysely'
import type {DeliveryLedger} from './delivery-ledger'

// Not a migration of the enquiries schema: this table belongs to the webhook, holds nothing but
// expiring ids, and is created on first use on SQLite and Postgres alike.
const CREATE = sql`create table if not exists webhook_deliveries (id varchar(200) primary key, expires_at bigint not null)`
const PURGE_EVERY_MS = 60_000

/** The ledger in the enquiries database (SQLite file or Postgres) that every instance already shares. */
export function sqlDeliveryLedger(db: Kysely<unknown>, now: () => number = Date.now): DeliveryLedger {
  let ready: Promise<unknown> | undefined
  let purgedAt = 0
  const table = async () => {
    ready ??= CREATE.execute(db).catch((error: unknown) => {
      ready = undefined
      throw error
    })
    await ready
    if (now() - purgedAt > PURGE_EVERY_MS) {
      purgedAt = now()
      await sql`delete from webhook_deliveries where expires_at < ${now()}`.execute(db)
    }
  }
  return {
    async claim(id, ttlMs) {
      await table()
      const at = now()
      // One statement, so two instances claiming together cannot both win: the row is inserted,
      // or an expired one is taken over, or nothing changes.
      const result = await sql`insert into webhook_deliveries (id, expires_at) values (${id}, ${at + ttlMs})
        on conflict (id) do update set expires_at = excluded.expires_at where webhook_deliveries.expires_at < ${at}`.execute(db)
      return Number(result.numAffectedRows ?? 0) === 1
    },
    async has(id) {
      await table()
      const {rows} = await sql<{id: string}>`select id from webhook_deliveries where id = ${id} and expires_at >= ${now()}`.execute(db)
      return rows.length > 0
    },
    async remember(id, ttlMs) {
      await table()
      await sql`insert into webhook_deliveries (id, expires_at) values (${id}, ${now() + ttlMs})
        on conflict (id) do update set expires_at = excluded.expires_at`.execute(db)
    },
    async forget(id) {
      await table()
      await sql`delete from webhook_deliveries where id = ${id}`.execute(db)
    },
  }
}
