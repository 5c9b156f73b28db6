import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {randomBytes} from 'node:crypto'
import {Client} from 'pg'
import {openMigratedDb, type DbConfig, type DialectName, type DatabaseHandle} from '@/lib/platform/database/db'

// Real databases: SQLite in a temp dir always; Postgres too when TEST_DATABASE_URL is set, each
// run in its own schema that is dropped afterwards.

export const dialects: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']

export interface TestDb extends DatabaseHandle {
  config: DbConfig
  cleanup(): Promise<void>
}

export async function openTestDb(dialect: DialectName, options: {pgPoolSize?: number} = {}): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquiries-'))
    const config: DbConfig = {sqlitePath: path.join(dir, 'data', 'enquiries.sqlite')}
    const handle = await openMigratedDb(config)
    return {
      ...handle,
      config,
      async cleanup() {
        await handle.close()
        fs.rmSync(dir, {recursive: true, force: true})
      },
    }
  }
  const url = process.env.TEST_DATABASE_URL!
  const schema = `enq_test_${randomBytes(6).toString('hex')}`
  const admin = new Client({connectionString: url})
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const config: DbConfig = {
    databaseUrl: url,
    sqlitePath: '',
    pgSchema: schema,
    pgPoolSize: options.pgPoolSize,
  }
  const dropSchema = async () => {
    const c = new Client({connectionString: url})
    await c.connect()
    await c.query(`drop schema if exists ${schema} cascade`)
    await c.end()
  }
  const handle = await openMigratedDb(config).catch(async (error: unknown) => {
    await dropSchema()
    throw error
  })
  return {
    ...handle,
    config,
    async cleanup() {
      await handle.close()
      await dropSchema()
    },
  }
}
