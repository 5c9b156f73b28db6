// The preview and sign-in redirects of the production server, over plain HTTP: every Location
// stays on this site, each enable gets its own preview session that disable ends everywhere, and
// a client guessing the secret is throttled. Guesses come from their own loopback addresses
// (127.0.0.0/8 all reach the server), so the throttle never touches the other journeys' client.
import http from 'node:http'
import {assert} from '../lib/kit.mjs'

const DRAFT_ONLY_SLUG = 'draft-only-example'

// Each normalises (URL parsing, dot segments, backslashes, dropped tabs) into `//evil.example...`
// or names another origin outright.
const OFF_SITE = [
  '/.//evil.example/book',
  '/..//evil.example',
  '/%2e%2e//evil.example',
  '/%2e//evil.example',
  '/blog/../..//evil.example',
  '/./\\evil.example',
  '/\\/evil.example',
  '/%5cevil.example',
  '/%5C%5Cevil.example',
  '/%2f%2fevil.example',
  '/%252f%252fevil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '//evil.example',
  'https://evil.example/',
  'http:evil.example',
  '\\\\evil.example',
  'javascript:alert(1)',
]

let nextAddress = 20
/** A loopback address no other journey uses, so rate limits counted against it are this test's own. */
const freshClientAddress = () => `127.0.0.${nextAddress++}`

/** GET without following redirects, optionally with cookies and from a chosen client address. */
function get(baseUrl, pathname, {cookie, from} = {}) {
  const url = new URL(pathname, baseUrl)
  return new Promise((resolve, reject) => {
    const req = http.get(url, {headers: cookie ? {cookie} : {}, localAddress: from, timeout: 30_000}, (res) => {
      res.resume()
      res.on('end', () => {
        const jar = new Map()
        for (const line of res.headers['set-cookie'] ?? []) {
          const [pair] = line.split(';')
          const eq = pair.indexOf('=')
          jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
        }
        resolve({status: res.statusCode, location: res.headers.location ?? null, retryAfter: res.headers['retry-after'], cookies: jar})
      })
    })
    req.on('timeout', () => req.destroy(new Error(`GET ${pathname} timed out`)))
    req.on('error', reject)
  })
}

const enablePath = (secret, redirect) => `/api/draft-mode/enable?secret=${encodeURIComponent(secret)}${redirect === undefined ? '' : `&redirect=${encodeURIComponent(redirect)}`}`
const disablePath = (redirect) => `/api/draft-mode/disable${redirect === undefined ? '' : `?redirect=${encodeURIComponent(redirect)}`}`

export async function previewRedirectsNeverLeaveTheSite({baseUrl, env}) {
  for (const redirect of OFF_SITE) {
    const on = await get(baseUrl, enablePath(env.PREVIEW_SECRET, redirect))
    assert.equal(on.status, 307, `enable with redirect ${JSON.stringify(redirect)}`)
    assert.equal(on.location, '/', `enable with redirect ${JSON.stringify(redirect)} sent the browser to ${on.location}`)
    const off = await get(baseUrl, disablePath(redirect))
    assert.equal(off.status, 303, `disable with redirect ${JSON.stringify(redirect)}`)
    assert.equal(off.location, '/', `disable with redirect ${JSON.stringify(redirect)} sent the browser to ${off.location}`)
  }
  assert.equal((await get(baseUrl, enablePath(env.PREVIEW_SECRET, '/treatments/chemical-peel'))).location, '/treatments/chemical-peel')
  assert.equal((await get(baseUrl, disablePath('/blog/double-cleansing-step-by-step?x=1'))).location, '/blog/double-cleansing-step-by-step?x=1')
}

export async function aWrongSecretIsRefusedBeforeTheRedirectIsRead({baseUrl}) {
  const res = await get(baseUrl, enablePath('wrong-secret', '/.//evil.example'), {from: freshClientAddress()})
  assert.equal(res.status, 401)
  assert.equal(res.location, null)
  assert.equal(res.cookies.size, 0, `a refused enable set cookies: ${[...res.cookies.keys()]}`)
}

async function enablePreview(baseUrl, env) {
  const res = await get(baseUrl, enablePath(env.PREVIEW_SECRET, '/blog'))
  assert.equal(res.status, 307)
  const bypass = res.cookies.get('__prerender_bypass')
  const session = res.cookies.get('clinic_preview')
  assert.ok(bypass && session, `enable set ${[...res.cookies.keys()].join(', ') || 'no cookies'}`)
  return {bypass, session, header: `__prerender_bypass=${bypass}; clinic_preview=${session}`}
}

/** Whether a request with these cookies is shown drafts: a draft-only post is found only then. */
async function seesDrafts(baseUrl, cookie) {
  const {status} = await get(baseUrl, `/blog/${DRAFT_ONLY_SLUG}`, {cookie})
  assert.ok(status === 200 || status === 404, `GET /blog/${DRAFT_ONLY_SLUG} answered ${status}`)
  return status === 200
}

export async function eachEnableHasItsOwnSessionAndDisableEndsItForEveryCopy({baseUrl, env}) {
  const kept = await enablePreview(baseUrl, env)
  const other = await enablePreview(baseUrl, env)
  assert.notEqual(kept.session, other.session, 'two enables shared a preview session')
  assert.equal(kept.bypass, other.bypass, "Next's draft cookie is the build's preview id, the same for every enable")
  assert.equal(await seesDrafts(baseUrl, kept.header), true, 'a fresh preview session does not see drafts')
  // The draft-mode cookie alone is the same for everyone: it must not show drafts.
  assert.equal(await seesDrafts(baseUrl, `__prerender_bypass=${kept.bypass}`), false, 'the draft-mode cookie alone shows drafts')
  assert.equal(await seesDrafts(baseUrl, `__prerender_bypass=${kept.bypass}; clinic_preview=made-up`), false, 'a made-up session shows drafts')

  const off = await get(baseUrl, disablePath(), {cookie: kept.header})
  assert.equal(off.status, 303)
  assert.equal(off.cookies.get('clinic_preview'), '', 'disable did not clear the preview cookie')
  assert.equal(await seesDrafts(baseUrl, kept.header), false, 'a kept copy of the cookies still sees drafts after disable')
  assert.equal(await seesDrafts(baseUrl, other.header), true, "disable ended another editor's session")
  await get(baseUrl, disablePath(), {cookie: other.header})
}

export async function aClientGuessingTheSecretGets429UntilItsWindowEnds({baseUrl, env}) {
  const from = freshClientAddress()
  const statuses = []
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const res = await get(baseUrl, enablePath(`guess-${attempt}`), {from})
    statuses.push(res.status)
    if (res.status === 429) {
      assert.match(String(res.retryAfter), /^\d+$/, 'a 429 without Retry-After')
      break
    }
  }
  // PREVIEW_FAILURE_LIMIT (lib/content/preview-throttle.ts) wrong secrets, then refused.
  assert.deepEqual(statuses, [...Array(10).fill(401), 429], `statuses for wrong secrets: ${statuses.join(' ')}`)
  // Refused even with the right secret until the window ends; another client is not affected.
  assert.equal((await get(baseUrl, enablePath(env.PREVIEW_SECRET), {from})).status, 429)
  assert.equal((await get(baseUrl, enablePath(env.PREVIEW_SECRET), {from: freshClientAddress()})).status, 307)
}

// Behind a proxy the request URL names the internal host, so a signed-out export must send the
// browser to the login page by path, not by an absolute URL.
export async function aSignedOutExportGoesToTheLoginPageByPath({baseUrl}) {
  const res = await get(baseUrl, '/staff/export?status=new')
  assert.equal(res.status, 303)
  assert.equal(res.location, '/staff/login')
}
