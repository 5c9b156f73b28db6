// npm run staff:add -- --email front@clinic.sg --name "Front desk" [--password ...] [--enable]
// Creates a staff account for the /staff inbox, or resets the password of an existing one (which
// signs it out everywhere). A disabled account (staff:disable) is left alone with an error
// unless --enable is given. The password comes from --password, else STAFF_PASSWORD, else a
// hidden prompt.
import {parseArgs} from 'node:util'
import readline from 'node:readline/promises'
import {dbConfigFromEnv, openMigratedDb} from '@/lib/platform/database/db'
import {PASSWORD_MIN_LENGTH} from '@/lib/staff/passwords'
import {newStaffSchema, upsertStaffUser} from '@/lib/staff/accounts'

async function ask(question: string): Promise<string> {
  const rl = readline.createInterface({input: process.stdin, output: process.stdout})
  try {
    return (await rl.question(question)).trim()
  } finally {
    rl.close()
  }
}

/** Reads a line without echoing it. */
async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) return ask(question)
  process.stdout.write(question)
  const stdin = process.stdin
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  return new Promise((resolve, reject) => {
    let value = ''
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false)
          stdin.pause()
          stdin.off('data', onData)
          process.stdout.write('\n')
          return resolve(value)
        }
        if (char === '\u0003') {
          stdin.setRawMode(false)
          return reject(new Error('cancelled'))
        }
        if (char === '\u007f') value = value.slice(0, -1)
        else value += char
      }
    }
    stdin.on('data', onData)
  })
}

async function main() {
  const {values} = parseArgs({
    options: {email: {type: 'string'}, name: {type: 'string'}, password: {type: 'string'}, enable: {type: 'boolean'}},
    strict: true,
  })
  const email = values.email ?? (await ask('Email: '))
  const name = values.name ?? (await ask('Name: '))
  let password = values.password ?? process.env.STAFF_PASSWORD
  if (!password) {
    password = await askHidden(`Password (at least ${PASSWORD_MIN_LENGTH} characters): `)
    const again = await askHidden('Repeat password: ')
    if (password !== again) throw new Error('The passwords do not match.')
  }
  const parsed = newStaffSchema.safeParse({email, name, password})
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join('; '))
  }
  const handle = await openMigratedDb(dbConfigFromEnv())
  try {
    const {user, created, enabled} = await upsertStaffUser(handle.db, parsed.data, {enable: values.enable})
    console.log(
      created
        ? `Created staff account ${user.email}.`
        : `Updated ${user.email}: new password set, other sessions signed out${enabled ? ', account enabled again' : ''}.`,
    )
  } finally {
    await handle.close()
  }
}

main().catch((error: unknown) => {
  console.error(`staff:add failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
