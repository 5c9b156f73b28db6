// npm run staff:disable -- --email front@clinic.sg
// Switches a staff account off and ends every session it has: an inbox left open anywhere stops
// working on its next request. The account and its audit trail stay; `staff:add --enable`
// switches it on again with a new password.
import {parseArgs} from 'node:util'
import {dbConfigFromEnv, openMigratedDb} from '@/lib/platform/database/db'
import {disableStaffUser} from '@/lib/staff/accounts'

async function main() {
  const {values} = parseArgs({options: {email: {type: 'string'}}, strict: true})
  if (!values.email) throw new Error('Pass --email of the account to disable.')
  const handle = await openMigratedDb(dbConfigFromEnv())
  try {
    const result = await disableStaffUser(handle.db, values.email)
    if (!result) throw new Error(`No staff account has the email ${values.email}.`)
    console.log(
      `${result.alreadyDisabled ? 'Already disabled' : 'Disabled'}: ${result.user.email}; ` +
        `${result.sessionsEnded} open session${result.sessionsEnded === 1 ? '' : 's'} ended.`,
    )
  } finally {
    await handle.close()
  }
}

main().catch((error: unknown) => {
  console.error(`staff:disable failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
