// npm run staff:list
// Every staff account: email, name, created, whether it is disabled, and its open sessions.
import {dbConfigFromEnv, openMigratedDb} from '@/lib/platform/database/db'
import {listStaffUsers} from '@/lib/staff/accounts'

async function main() {
  const handle = await openMigratedDb(dbConfigFromEnv())
  try {
    const accounts = await listStaffUsers(handle.db)
    if (accounts.length === 0) {
      console.log('No staff accounts yet: npm run staff:add -- --email ... --name ...')
      return
    }
    console.table(
      accounts.map((a) => ({
        email: a.email,
        name: a.name,
        created: a.createdAt,
        status: a.disabledAt ? `disabled ${a.disabledAt}` : 'active',
        'open sessions': a.activeSessions,
      })),
    )
  } finally {
    await handle.close()
  }
}

main().catch((error: unknown) => {
  console.error(`staff:list failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
