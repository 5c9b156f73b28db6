// Dummy secrets set in the build env, then searched for in everything a browser can download.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// Distinctive values: a hit can only come from the build embedding the variable.
export const DUMMY = {
  SANITY_API_READ_TOKEN: 'skE2eDummyReadTokenQ7f4c1a7b3d9e',
  SANITY_API_WRITE_TOKEN: 'skE2eDummyWriteTokenZ2b8e6f0a5c1',
  SANITY_REVALIDATE_SECRET: 'e2e-dummy-revalidate-secret-5d1f77c2',
  PREVIEW_SECRET: 'e2e-dummy-preview-secret-8a3c19e4',
  SESSION_SECRET: 'e2e-dummy-session-secret-0123456789abcdef0123',
  DATABASE_URL_PASSWORD: 'e2eDummyDbPassw0rd71xk',
  SMTP_URL_PASSWORD: 'e2eDummySmtpPassw0rd42qz',
}

export const BUILD_SECRET_ENV = {
  SANITY_API_READ_TOKEN: DUMMY.SANITY_API_READ_TOKEN,
  SANITY_API_WRITE_TOKEN: DUMMY.SANITY_API_WRITE_TOKEN,
  SANITY_REVALIDATE_SECRET: DUMMY.SANITY_REVALIDATE_SECRET,
  PREVIEW_SECRET: DUMMY.PREVIEW_SECRET,
  SESSION_SECRET: DUMMY.SESSION_SECRET,
  // Postgres on the dev and CI machines uses trust auth, so a build step that connects still works.
  DATABASE_URL: `postgres://postgres:${DUMMY.DATABASE_URL_PASSWORD}@127.0.0.1:5432/test`,
  SMTP_URL: `smtp://mailer:${DUMMY.SMTP_URL_PASSWORD}@127.0.0.1:2525`,
  CLINIC_NOTIFY_EMAIL: 'clinic@example.test',
}

export function secretsFingerprint() {
  return crypto.createHash('sha256').update(JSON.stringify(BUILD_SECRET_ENV)).digest('hex').slice(0, 16)
}

function* filesUnder(dir) {
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(p)
    else yield p
  }
}

/**
 * Searches what reaches browsers: .next/static (client chunks, CSS, media) and the prerendered
 * HTML and RSC payloads under .next/server/app. Also looks for base64 forms of each value.
 */
export function scanForSecrets(root) {
  const needles = Object.entries(DUMMY).flatMap(([name, value]) => [
    {name, form: 'plain', bytes: Buffer.from(value)},
    {name, form: 'base64', bytes: Buffer.from(Buffer.from(value).toString('base64').replace(/=+$/, ''))},
  ])
  const served = (p) => /\.(html|rsc|body|meta|json|txt|xml)$/.test(p) && !p.endsWith('.nft.json')
  const files = [
    ...filesUnder(path.join(root, '.next/static')),
    ...[...filesUnder(path.join(root, '.next/server/app'))].filter(served),
  ]
  const hits = []
  for (const file of files) {
    const content = fs.readFileSync(file)
    for (const n of needles) if (content.includes(n.bytes)) hits.push({file: path.relative(root, file), name: n.name, form: n.form})
  }
  return {filesScanned: files.length, hits}
}
