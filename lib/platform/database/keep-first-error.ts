import type {Driver} from 'kysely'
import {log} from '@/lib/platform/log'

// When a statement fails in a way that ends the transaction by itself (SQLite rolls back on
// I/O errors, a full disk or a trigger's RAISE(ROLLBACK); Postgres on a dropped connection),
// the rollback Kysely then issues fails too ("cannot rollback - no transaction is active"), and
// Kysely throws that instead of the error that explains what happened. The failed rollback is
// logged and the first error is what the caller sees.
export function keepingFirstError(driver: Driver): Driver {
  const rollback = driver.rollbackTransaction.bind(driver)
  driver.rollbackTransaction = async (connection) => {
    try {
      await rollback(connection)
    } catch (error) {
      log.error('database.rollback_failed', {error})
    }
  }
  return driver
}
