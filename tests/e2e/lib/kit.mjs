// Helpers for journey modules: navigation that fails loudly when a feature has not landed, axe,
// snapshot lookups, plain HTTP requests.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {ROOT} from './app-server.mjs'

export {assert}

export const MOBILE = {width: 390, height: 844}
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const AXE_PATH = path.join(ROOT, 'node_modules/axe-core/axe.min.js')

export class FeatureMissing extends Error {}

/**
 * page.goto that insists on a 2xx answer. A 404 on a route that should exist is reported as a
 * feature that has not landed, so that a journey is never silently skipped.
 */
export async function open(page, baseUrl, pathname, {feature = 'this page', status = 200} = {}) {
  const response = await page.goto(new URL(pathname, baseUrl).href, {waitUntil: 'load'})
  assert.ok(response, `no response for ${pathname}`)
  if (response.status() === 404 && status !== 404) {
    throw new FeatureMissing(`GET ${pathname} answered 404: ${feature} has not landed yet (or its route is broken)`)
  }
  assert.equal(response.status(), status, `GET ${pathname} answered ${response.status()}, expected ${status}`)
  return response
}

/** Plain HTTP request (no browser), redirects not followed. */
export async function request(baseUrl, pathname, init = {}) {
  const res = await fetch(new URL(pathname, baseUrl), {redirect: 'manual', ...init, signal: AbortSignal.timeout(30_000)})
  const body = await res.text()
  return {status: res.status, headers: res.headers, body}
}

export function requireRoute(res, pathname, feature) {
  if (res.status === 404) throw new FeatureMissing(`GET ${pathname} answered 404: ${feature} has not landed yet (or its route is broken)`)
}

/**
 * A page with JavaScript disabled cannot run axe (its timers never fire). Re-open the same HTML in
 * a page that may run scripts but loads none of the site's, so axe sees what a no-JS reader got.
 */
async function scriptablePageFor(page) {
  const html = await page.content()
  const url = page.url()
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)
  const context = await page.context().browser().newContext({viewport: page.viewportSize(), colorScheme: dark ? 'dark' : 'light', isMobile: true, hasTouch: true})
  const copy = await context.newPage()
  await copy.route('**/*', (route) => {
    const req = route.request()
    if (req.url() === url && req.resourceType() === 'document') return route.fulfill({body: html, contentType: 'text/html; charset=utf-8'})
    if (req.resourceType() === 'script') return route.abort()
    return route.continue()
  })
  await copy.goto(url, {waitUntil: 'load'})
  return {copy, close: () => context.close()}
}

/** Runs axe-core with the WCAG 2.2 A/AA tags; throws with every violation listed. */
export async function expectNoAxeViolations(page, label) {
  const scriptsRun = await page.evaluate(() => {
    const probe = document.createElement('script')
    probe.textContent = 'window.__e2eScriptsRun = true'
    document.head.appendChild(probe)
    probe.remove()
    return window.__e2eScriptsRun === true
  })
  if (!scriptsRun) {
    const {copy, close} = await scriptablePageFor(page)
    try {
      return await expectNoAxeViolations(copy, `${label} (no-JS render)`)
    } finally {
      await close()
    }
  }
  await page.addScriptTag({path: AXE_PATH})
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({target: n.target.join(' '), html: n.html.slice(0, 160), summary: n.failureSummary})),
    }))
  }, WCAG_TAGS)
  if (result.length === 0) return
  const lines = result.flatMap((v) => [
    `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})`,
    ...v.nodes.slice(0, 4).flatMap((n) => [`      at ${n.target}`, `         ${n.html.replace(/\s+/g, ' ')}`, ...(n.summary ? [`         ${n.summary.split('\n').slice(0, 3).join(' | ')}`] : [])]),
  ])
  throw new Error(`${label}: ${result.length} axe violation${result.length === 1 ? '' : 's'}\n${lines.join('\n')}`)
}

// The snapshot, read directly, so journeys know which slugs and titles to expect.
export function readSnapshot(snapshotDir) {
  const text = fs.readFileSync(path.join(snapshotDir, 'data.ndjson'), 'utf8')
  const docs = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  const published = docs.filter((d) => !d._id.startsWith('drafts.'))
  // One edition's documents (a document without `language` is English): the English pages show
  // only English ones. `language` '*' for every edition.
  const byType = (t, language = 'en') => published.filter((d) => d._type === t && (language === '*' || (d.language ?? 'en') === language))
  const slug = (d) => d?.slug?.current
  return {docs, published, byType, slug, byId: new Map(published.map((d) => [d._id, d]))}
}

/** The pore guide: the post whose slug or title is about closing pores. */
export function poreGuide(snap) {
  const posts = snap.byType('post')
  const post =
    posts.find((p) => snap.slug(p) === 'can-you-close-pores-permanently') ??
    posts.find((p) => /pore/i.test(snap.slug(p) ?? '') || /pore/i.test(p.title ?? ''))
  assert.ok(post, 'the snapshot has no pore guide post')
  return post
}

/** Published items of a type with a slug. */
export function slugsOf(snap, type) {
  return snap.byType(type).map((d) => snap.slug(d)).filter(Boolean)
}

/** A visible element's box is inside the viewport (not hidden under the fold or a sticky bar). */
export async function isInViewport(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0
  })
}

export function uniqueName(prefix = 'E2E') {
  const letters = Array.from({length: 6}, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
  return `${prefix} Tan ${letters[0].toUpperCase()}${letters.slice(1)}`
}

/** One URL of every public page type, from the snapshot. */
export function publicPages(snapshotDir) {
  const snap = readSnapshot(snapshotDir)
  const guide = poreGuide(snap)
  const category = snap.byType('category').find((c) => snap.published.some((p) => p._type === 'post' && (p.categories ?? []).some((r) => r._ref === c._id))) ?? snap.byType('category')[0]
  const treatment = slugsOf(snap, 'treatment')[0]
  const person = slugsOf(snap, 'person')[0]
  const page = (label, pathname, feature) => ({label, path: pathname, feature})
  return [
    page('home', '/', 'the home page'),
    page('blog index', '/blog', 'the blog index (reading issue)'),
    page('article', `/blog/${snap.slug(guide)}`, 'the article page (reading issue)'),
    page('category', `/blog/category/${snap.slug(category)}`, 'category pages (reading issue)'),
    page('treatment index', '/treatments', 'the treatment index (reading issue)'),
    page('treatment', `/treatments/${treatment}`, 'treatment pages (reading issue)'),
    page('person', `/people/${person}`, 'people pages (reading issue)'),
    page('clinic', '/clinic', 'the clinic page (reading issue)'),
    page('privacy', '/privacy', 'the privacy page (reading issue)'),
    page('book', `/book?treatment=${treatment}`, 'the booking form (booking issue)'),
  ]
}
