// Security headers on every route type, the Studio's own policy, and a policy that does not
// break the pages it protects.
import {assert, open, publicPages, request, requireRoute} from '../lib/kit.mjs'

function directives(csp) {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/)
        return [name.toLowerCase(), values]
      }),
  )
}

function checkCommon(headers, label) {
  const hsts = headers.get('strict-transport-security') ?? ''
  const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0)
  assert.ok(maxAge >= 31536000, `${label}: Strict-Transport-Security max-age is ${maxAge || 'missing'} (want at least a year): "${hsts}"`)
  assert.equal(headers.get('x-content-type-options'), 'nosniff', `${label}: X-Content-Type-Options`)
  assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin', `${label}: Referrer-Policy`)
  const pp = headers.get('permissions-policy') ?? ''
  for (const feature of ['camera', 'microphone', 'geolocation']) assert.match(pp, new RegExp(`${feature}=\\(\\)`), `${label}: Permissions-Policy must switch off ${feature}: "${pp}"`)
  assert.equal(headers.get('x-powered-by'), null, `${label}: X-Powered-By leaks the framework`)
  const csp = headers.get('content-security-policy')
  assert.ok(csp, `${label}: no Content-Security-Policy`)
  const d = directives(csp)
  for (const name of ['default-src', 'script-src', 'frame-ancestors', 'base-uri', 'form-action', 'object-src']) assert.ok(d.has(name), `${label}: CSP has no ${name}: "${csp}"`)
  assert.deepEqual(d.get('object-src'), ["'none'"], `${label}: object-src must be 'none'`)
  assert.ok(!d.get('frame-ancestors').includes('*'), `${label}: frame-ancestors allows any site`)
  assert.ok(!d.get('script-src').includes("'unsafe-eval'"), `${label}: production CSP allows 'unsafe-eval'`)
  assert.equal(headers.get('cross-origin-opener-policy'), 'same-origin', `${label}: Cross-Origin-Opener-Policy`)
  return d
}

function checkStaticPolicy(headers, label) {
  const d = checkCommon(headers, label)
  assert.ok(!d.get('script-src').some((v) => /^'nonce-/.test(v)), `${label}: a nonce in a static policy breaks ISR`)
  return d
}

function checkSitePolicy(headers, label) {
  const d = checkStaticPolicy(headers, label)
  assert.deepEqual(d.get('default-src'), ["'self'"], `${label}: default-src`)
  assert.ok(!(d.get('connect-src') ?? ['*']).some((v) => /sanity\.io/.test(v)), `${label}: the public site gets the Studio's connect-src`)
  return d
}

// The pages that render per request (proxy.ts): scripts by nonce only, and the nonce on every
// script Next wrote into the HTML, so nothing of Next's own is blocked.
function checkNoncePolicy(res, label) {
  const d = checkCommon(res.headers, label)
  assert.deepEqual(d.get('default-src'), ["'self'"], `${label}: default-src`)
  const script = d.get('script-src')
  assert.ok(!script.includes("'unsafe-inline'"), `${label}: script-src allows 'unsafe-inline': ${script.join(' ')}`)
  const nonce = script.map((v) => /^'nonce-(.+)'$/.exec(v)?.[1]).find(Boolean)
  assert.ok(nonce, `${label}: script-src has no nonce: ${script.join(' ')}`)
  if (res.status === 200 && /^text\/html/.test(res.headers.get('content-type') ?? '')) {
    const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/type="application\/ld\+json"/.test(tag))
    assert.ok(scripts.length > 0, `${label}: no script tags to check`)
    const without = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))
    assert.deepEqual(without, [], `${label}: scripts without the response's nonce`)
  }
  return nonce
}

const PER_REQUEST = /^\/(book|staff)(\/|\?|$)/

async function checkRoute(baseUrl, pathname, feature, init) {
  const res = await request(baseUrl, pathname, init)
  requireRoute(res, pathname, feature)
  const label = `${init?.method ?? 'GET'} ${pathname} (${res.status})`
  if (PER_REQUEST.test(pathname)) checkNoncePolicy(res, label)
  else checkSitePolicy(res.headers, label)
  return res
}

export async function everyPublicPageTypeSendsSecurityHeaders({baseUrl, snapshotDir}) {
  const failures = []
  for (const page of publicPages(snapshotDir)) {
    try {
      await checkRoute(baseUrl, page.path, page.feature)
    } catch (e) {
      failures.push(`${page.label}: ${e.message}`)
    }
  }
  assert.equal(failures.length, 0, failures.join('\n'))
}

export async function notFoundPageSendsSecurityHeaders({baseUrl}) {
  const res = await request(baseUrl, '/no-such-page-e2e')
  assert.equal(res.status, 404)
  checkSitePolicy(res.headers, 'GET /no-such-page-e2e')
}

export async function staticAssetsAndFeedsSendSecurityHeaders({baseUrl}) {
  const home = await request(baseUrl, '/')
  const script = /<script[^>]+src="([^"]+\.js)"/.exec(home.body)?.[1]
  assert.ok(script, 'the home page loads no script from /_next/static')
  checkStaticPolicy((await request(baseUrl, script)).headers, `GET ${script}`)
  for (const [pathname, feature] of [
    ['/robots.txt', 'robots.txt (reading issue)'],
    ['/sitemap.xml', 'the sitemap (reading issue)'],
  ]) await checkRoute(baseUrl, pathname, feature)
}

export async function apiAndStaffRoutesSendSecurityHeaders({baseUrl}) {
  // An unsigned webhook is refused, and the refusal carries the headers too.
  const hook = await request(baseUrl, '/api/revalidate', {method: 'POST', body: '{}', headers: {'content-type': 'application/json'}})
  requireRoute(hook, 'POST /api/revalidate', 'the revalidation webhook (freshness issue)')
  assert.equal(hook.status, 401, `unsigned POST /api/revalidate answered ${hook.status}`)
  checkSitePolicy(hook.headers, 'POST /api/revalidate')
  await checkRoute(baseUrl, '/staff', 'the staff inbox (booking issue)')
  await checkRoute(baseUrl, '/staff/login', 'the staff sign-in (booking issue)')
}

export async function perRequestPagesGetAFreshNonceEachTime({baseUrl}) {
  const nonces = []
  for (let i = 0; i < 2; i += 1) {
    for (const pathname of ['/book', '/staff/login']) {
      const res = await request(baseUrl, pathname)
      assert.equal(res.status, 200, `GET ${pathname}`)
      nonces.push(checkNoncePolicy(res, `GET ${pathname}`))
    }
  }
  assert.equal(new Set(nonces).size, nonces.length, `a nonce was reused: ${nonces.join(', ')}`)
}

export async function perRequestPagesHydrateUnderTheNoncePolicy({baseUrl, newMobilePage, pageErrors}) {
  for (const pathname of ['/book', '/staff/login']) {
    const page = await newMobilePage()
    const violations = []
    page.on('console', (msg) => /Content Security Policy|Refused to/i.test(msg.text()) && violations.push(msg.text()))
    await open(page, baseUrl, pathname, {feature: pathname})
    await page.waitForLoadState('networkidle')
    // React marks the root once hydration starts; on a loaded machine that can come after the
    // network is idle, so wait for it (a blocked script never gets there).
    const hydrated = await page
      .waitForFunction(() => [document.body, document.documentElement].some((el) => Object.keys(el).some((k) => k.startsWith('__react'))), null, {timeout: 15_000})
      .then(() => true, () => false)
    assert.deepEqual(violations, [], `${pathname}: CSP violations:\n${violations.join('\n')}`)
    assert.ok(hydrated, `${pathname} did not hydrate: the nonce policy may have blocked Next scripts`)
    assert.deepEqual(pageErrors(page), [], `${pathname}: errors in the page:\n${pageErrors(page).join('\n')}`)
  }
}

// A page's own alternates once replaced the layout's, so no page advertised the feed.
export async function everyPublicPageTypeAdvertisesTheRssFeed({baseUrl, snapshotDir}) {
  const missing = []
  for (const page of publicPages(snapshotDir)) {
    const res = await request(baseUrl, page.path)
    requireRoute(res, page.path, page.feature)
    const links = [...res.body.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])
    const feed = links.find((tag) => /rel="alternate"/.test(tag) && /type="application\/rss\+xml"/.test(tag))
    if (!feed) missing.push(`${page.label} (${page.path}): no <link rel="alternate" type="application/rss+xml">`)
    else if (!/href="[^"]*\/feed\.xml"/.test(feed)) missing.push(`${page.label}: the feed link does not point at /feed.xml: ${feed}`)
  }
  assert.deepEqual(missing, [], missing.join('\n'))
  const feed = await request(baseUrl, '/feed.xml')
  assert.equal(feed.status, 200, 'GET /feed.xml')
}

// On the production build, with no secret, ?redirect= never leads off the site.
const OFF_SITE_REDIRECTS = ['/.//evil.example/book', '/..//evil.example', '/%2e%2e//evil.example', '/./\\evil.example', '/%5cevil.example', '/%2f%2fevil.example', '/\t/evil.example', '/\n/evil.example', '//evil.example', 'https://evil.example/', '/\\evil.example']

export async function draftModeRoutesNeverRedirectOffTheSite({baseUrl, env}) {
  const problems = []
  const routes = [
    ['/api/draft-mode/disable', '', 303],
    ['/api/draft-mode/enable', `&secret=${encodeURIComponent(env.PREVIEW_SECRET)}`, 307],
  ]
  for (const [route, extra, status] of routes) {
    for (const target of OFF_SITE_REDIRECTS) {
      const res = await request(baseUrl, `${route}?redirect=${encodeURIComponent(target)}${extra}`)
      requireRoute(res, route, 'draft preview (freshness issue)')
      const location = res.headers.get('location')
      const landed = new URL(location ?? '', baseUrl)
      if (res.status !== status) problems.push(`${route} ${JSON.stringify(target)}: ${res.status}, expected ${status}`)
      else if (landed.origin !== new URL(baseUrl).origin || location !== '/') problems.push(`${route} ${JSON.stringify(target)}: Location ${location}`)
    }
    const kept = await request(baseUrl, `${route}?redirect=${encodeURIComponent('/blog?page=2')}${extra}`)
    if (kept.headers.get('location') !== '/blog?page=2') problems.push(`${route}: a same-site path became ${kept.headers.get('location')}`)
  }
  assert.deepEqual(problems, [], problems.join('\n'))
}

// Anyone may probe health; nobody learns why something is down.
export async function healthAnswersOnlyStatusKindAndTiming({baseUrl}) {
  const res = await request(baseUrl, '/api/health')
  const body = JSON.parse(res.body)
  assert.equal(typeof body.ok, 'boolean')
  for (const [name, check] of Object.entries(body.checks)) {
    assert.deepEqual(Object.keys(check).sort(), ['kind', 'ms', 'ok'], `/api/health check ${name} shows more than ok/kind/ms: ${JSON.stringify(check)}`)
  }
}

export async function studioGetsItsOwnPolicy({baseUrl}) {
  const res = await request(baseUrl, '/studio')
  requireRoute(res, '/studio', 'the Studio route')
  const d = checkStaticPolicy(res.headers, 'GET /studio')
  const connect = d.get('connect-src') ?? []
  for (const host of ['https://*.api.sanity.io', 'wss://*.api.sanity.io']) assert.ok(connect.includes(host), `/studio connect-src lacks ${host}: ${connect.join(' ')}`)
  assert.deepEqual(d.get('frame-ancestors'), ["'self'"], '/studio frame-ancestors')
  const nested = await request(baseUrl, '/studio/structure')
  checkStaticPolicy(nested.headers, 'GET /studio/structure')
  assert.ok(directives(nested.headers.get('content-security-policy')).get('connect-src').includes('wss://*.api.sanity.io'), '/studio/* gets the Studio policy')
}

// An SVG opened directly is a document on the site's origin: its own policy, with no script.
export async function snapshotFilesKeepTheirOwnSandboxPolicy({baseUrl, snapshotDir}) {
  const fs = await import('node:fs')
  const path = await import('node:path')
  const svg = fs.readdirSync(path.join(snapshotDir, 'images')).find((name) => name.endsWith('.svg'))
  const res = await request(baseUrl, `/content-assets/${svg}`)
  requireRoute(res, `/content-assets/${svg}`, 'snapshot images')
  const d = directives(res.headers.get('content-security-policy') ?? '')
  assert.deepEqual(d.get('default-src'), ["'none'"], `/content-assets CSP default-src: ${res.headers.get('content-security-policy')}`)
  assert.ok(d.has('sandbox'), `/content-assets CSP has no sandbox: ${res.headers.get('content-security-policy')}`)
  assert.ok(!d.has('script-src'), `/content-assets CSP allows script: ${res.headers.get('content-security-policy')}`)
}

export async function policyBreaksNothingOnTheArticle({baseUrl, snapshotDir, newMobilePage, pageErrors}) {
  const article = publicPages(snapshotDir).find((p) => p.label === 'article')
  const page = await newMobilePage()
  const violations = []
  page.on('console', (msg) => /Content Security Policy|Refused to/i.test(msg.text()) && violations.push(msg.text()))
  await open(page, baseUrl, article.path, {feature: article.feature})
  await page.waitForLoadState('networkidle')
  // Hydration ran: React attaches its root container key once the client bundle executed.
  const hydrated = await page.evaluate(() => Object.keys(document.body).some((k) => k.startsWith('__react')) || Object.keys(document.documentElement).some((k) => k.startsWith('__react')))
  assert.ok(hydrated, 'the article did not hydrate: the CSP may have blocked Next scripts')
  const images = await page.evaluate(() => [...document.images].filter((img) => img.complete && img.naturalWidth === 0 && img.currentSrc).map((img) => img.currentSrc))
  assert.deepEqual(images, [], `images failed to load: ${images.join(', ')}`)
  assert.deepEqual(violations, [], `CSP violations:\n${violations.join('\n')}`)
  assert.deepEqual(pageErrors(page), [], `errors in the page:\n${pageErrors(page).join('\n')}`)
}

// Cache-Control is configuration too: every directive with a value must have a number, and the
// pages with personal data must never be stored by a shared cache.
export async function cacheControlIsWellFormedAndPrivatePagesAreNotShared({baseUrl, snapshotDir}) {
  const problems = []
  for (const page of publicPages(snapshotDir)) {
    const res = await request(baseUrl, page.path)
    requireRoute(res, page.path, page.feature)
    const value = res.headers.get('cache-control') ?? ''
    for (const directive of value.split(',').map((d) => d.trim()).filter((d) => d.includes('='))) {
      if (!/^[a-z-]+=\d+$/.test(directive)) problems.push(`${page.path}: malformed Cache-Control directive "${directive}" in "${value}"`)
    }
  }
  for (const pathname of ['/book', '/staff/login', '/studio', '/studio/structure']) {
    const value = (await request(baseUrl, pathname)).headers.get('cache-control') ?? ''
    if (/public|s-maxage/.test(value)) problems.push(`${pathname}: a shared cache may store it: "${value}"`)
  }
  assert.deepEqual(problems, [], problems.join('\n'))
}
