import type {Kysely} from 'kysely'
import type {Database} from '@/lib/platform/database/schema'

// A `select 1` answers from a database whose files cannot be written (read-only mount, immutable
// files, a full disk), while every enquiry is refused. So health commits a small write, in a
// transaction as enquiries are stored; the commit succeeding is the proof.
const PROBE_ID = 'health'

export async function probeDatabaseWrite(db: Kysely<Database>, now = new Date()): Promise<void> {
  const at = now.toISOString()
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('health_probes')
      .values({id: PROBE_ID, at})
      .onConflict((oc) => oc.column('id').doUpdateSet({at}))
      .execute()
  })
}
