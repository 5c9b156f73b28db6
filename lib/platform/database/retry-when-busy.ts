import type {CompiledQuery, DatabaseConnection, Driver, QueryResult} from 'kysely'

// better-sqlite3 is synchronous: with a long busy_timeout, a lock held by another process (a
// second server, the purge CLI, an sqlite3 shell) stops the whole server, pages included. So the
// database waits only briefly itself, and the waiting for the lock happens here, between event-loop
// turns. A statement that failed with SQLITE_BUSY changed nothing, so running it again is safe;
// transactions take the write lock at BEGIN IMMEDIATE, so that is where the waiting happens.

/** How long SQLite itself may block the event loop on a lock, per attempt. */
export const SQLITE_BUSY_TIMEOUT_MS = 10
const TOTAL_WAIT_MS = 5000
const MAX_PAUSE_MS = 100

const isBusy = (error: unknown) => /^SQLITE_BUSY/.test(String((error as {code?: unknown})?.code ?? ''))

export async function retryWhenBusy<T>(run: () => Promise<T>, totalWaitMs = TOTAL_WAIT_MS): Promise<T> {
  const deadline = Date.now() + totalWaitMs
  for (let pause = 5; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    try {
      return await run()
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, pause))
    }
  }
}

/** The driver's one connection, with each statement retried while the database is locked elsewhere. */
export function retryingBusyStatements(driver: Driver): Driver {
  const wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>()
  const acquire = driver.acquireConnection.bind(driver)
  driver.acquireConnection = async () => {
    const connection = await acquire()
    let retrying = wrapped.get(connection)
    if (!retrying) {
      retrying = {
        executeQuery: <R>(query: CompiledQuery): Promise<QueryResult<R>> => retryWhenBusy(() => connection.executeQuery<R>(query)),
        streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
      }
      wrapped.set(connection, retrying)
    }
    return retrying
  }
  return driver
}
