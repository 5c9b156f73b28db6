import {type Kysely, sql} from 'kysely'
import type {DeliveryLedger} from './delivery-ledger'

const PURGE_EVERY_MS = 60_000

/**
 * The ledger in the database every instance already shares (SQLite file or Postgres), in the
 * table `webhook_deliveries` that migration 0003 creates; `db` must be migrated (openMigratedDb).
 */
export function sqlDeliveryLedger(db: Kysely<unknown>, now: () => number = Date.now): DeliveryLedger {
  let purgedAt = 0
  const purgeExpired = async () => {
    if (now() - purgedAt > PURGE_EVERY_MS) {
      purgedAt = now()
      await sql`delete from webhook_deliveries where expires_at < ${now()}`.execute(db)
    }
  }
  return {
    async claim(id, ttlMs) {
      await purgeExpired()
      const at = now()
      // One statement, so two instances claiming together cannot both win: the row is inserted,
      // or an expired one is taken over, or nothing changes.
      const result = await sql`insert into webhook_deliveries (id, expires_at) values (${id}, ${at + ttlMs})
        on conflict (id) do update set expires_at = excluded.expires_at where webhook_deliveries.expires_at < ${at}`.execute(db)
      return Number(result.numAffectedRows ?? 0) === 1
    },
    async has(id) {
      await purgeExpired()
      const {rows} = await sql<{id: string}>`select id from webhook_deliveries where id = ${id} and expires_at >= ${now()}`.execute(db)
      return rows.length > 0
    },
    async remember(id, ttlMs) {
      await purgeExpired()
      await sql`insert into webhook_deliveries (id, expires_at) values (${id}, ${now() + ttlMs})
        on conflict (id) do update set expires_at = excluded.expires_at`.execute(db)
    },
    async forget(id) {
      await purgeExpired()
      await sql`delete from webhook_deliveries where id = ${id}`.execute(db)
    },
  }
}
