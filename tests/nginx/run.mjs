#!/usr/bin/env node
// The cache in front, for real: deploy/nginx/clinic-cache.conf run by nginx (unprivileged, loopback)
// in front of the production build, and in front of a small echo origin for what Next cannot show.
//   npm run test:nginx          (builds if needed, like the e2e runner; nginx from Debian)
// Asserts freshness (after a publish the origin refreshes the cache at once; without that refresh a
// publish is still visible within 2 s, also for the first reader after a quiet spell), that the
// origin sees about one request per page per second under load, and that the form, the staff area,
// the API and draft mode are never stored. Throughput is measured by `npm run bench`, not asserted
// here. Prints one line per test and "N passed, N failed".
import assert from 'node:assert/strict'
import http from 'node:http'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import zlib from 'node:zlib'
import {publish} from '../../scripts/lib/snapshot-publish.mjs'
import {freePort, makeSandbox, prepareApp, serverEnv, startServer} from '../e2e/lib/app-server.mjs'
import {poreGuide, readSnapshot} from '../e2e/lib/kit.mjs'
import {haveNginx, startCacheProxy} from './cache-proxy.mjs'

const FRESH_WITHIN_MS = 2000
const line = (s) => process.stdout.write(`${s}\n`)
const results = {passed: 0, failed: 0}

if (!haveNginx()) {
  line('nginx is not installed: apt-get install -y nginx')
  line('0 passed, 1 failed')
  process.exit(1)
}

async function test(name, fn) {
  const started = Date.now()
  try {
    await fn()
    results.passed += 1
    line(`ok   ${name} (${Date.now() - started} ms)`)
  } catch (error) {
    results.failed += 1
    line(`FAIL ${name}\n     ${String(error.stack ?? error).split('\n').slice(0, 6).join('\n     ')}`)
  }
}

/** Raw HTTP (no automatic decompression), so Content-Encoding and bytes are what nginx sent. */
function get(base, pathname, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(pathname, base), {method, headers, agent: false, timeout: 15_000}, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8')
        resolve({status: res.statusCode, headers: res.headers, raw, body, cache: res.headers['x-cache-status']})
      })
    })
    req.on('timeout', () => req.destroy(new Error(`timeout: ${method} ${pathname}`)))
    req.on('error', reject)
    req.end()
  })
}
const gz = {'accept-encoding': 'gzip'}

// --- the production build behind nginx --------------------------------------------------------
const app = await prepareApp({log: line, prefix: 'clinic-nginx-app-'})
const sandbox = makeSandbox('clinic-nginx-')
// `proxy` is deployed as the README says: the origin asks its refresh listener for the changed pages
// after a publish. `expiryOnly` is a second nginx in front of the same origin that the origin does
// not know about, so what it shows of a publish comes from expiry alone (the safety net).
const refreshPort = await freePort()
const env = serverEnv({
  snapshotDir: sandbox.snapshotDir,
  sqlitePath: sandbox.sqlitePath,
  extra: {TRUSTED_PROXY_HOPS: '1', SHARED_CACHE_REFRESH_URLS: `http://127.0.0.1:${refreshPort}`},
})
let server
let proxy
let expiryOnly
let echo
let echoProxy
try {
  server = await startServer({env, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log')})
  proxy = await startCacheProxy({origin: `127.0.0.1:${server.port}`, refreshPort})
  expiryOnly = await startCacheProxy({origin: `127.0.0.1:${server.port}`})
  line(`origin ${server.baseUrl}, nginx ${proxy.url} (refresh listener ${proxy.refreshUrl}), expiry-only nginx ${expiryOnly.url}`)
  const snap = readSnapshot(sandbox.snapshotDir)
  const slug = snap.slug(poreGuide(snap))
  const guide = `/blog/${slug}`
  const base = poreGuide(snap).title
  const originHits = (uri, since = 0) => proxy.originRequests().filter((r) => r.uri === uri && r.at >= since).length
  // nginx writes the log line after the response has gone, so give it a moment to catch up.
  const settledOriginHits = async (uri, since, expected) => {
    for (let i = 0; i < 20 && originHits(uri, since) < expected; i++) await sleep(25)
    return originHits(uri, since)
  }
  const publishTitle = async (title) => {
    const {response} = await publish({dir: sandbox.snapshotDir, url: proxy.url, secret: env.SANITY_REVALIDATE_SECRET, slug, set: {title}})
    assert.equal(response.status, 200, `webhook through nginx answered ${response.status}: ${JSON.stringify(response.body)}`)
    return response.sentAt
  }

  await test('a public page is stored: the second request is a HIT and the origin saw one', async () => {
    const since = Date.now()
    const first = await get(proxy.url, guide, gz)
    const second = await get(proxy.url, guide, gz)
    assert.equal(first.status, 200)
    assert.match(String(first.cache), /^(MISS|EXPIRED|HIT|STALE|UPDATING|REVALIDATED)$/)
    assert.equal(second.cache, 'HIT', `second request: X-Cache-Status ${second.cache}, Cache-Control ${second.headers['cache-control']}`)
    assert.ok(originHits(guide, since) <= 1, `origin saw ${originHits(guide, since)} requests for two reads`)
  })

  await test('one gzipped copy serves every reader: gzip as sent by the origin, plain text for others', async () => {
    const zipped = await get(proxy.url, guide, gz)
    const plain = await get(proxy.url, guide, {})
    assert.equal(zipped.headers['content-encoding'], 'gzip')
    assert.equal(plain.headers['content-encoding'], undefined)
    assert.equal(plain.cache, 'HIT', `a reader without gzip should be served the stored copy, got ${plain.cache}`)
    assert.equal(plain.raw.toString('utf8'), zipped.body)
  })

  const neverStored = [
    ['the booking form', '/book', {}],
    ['the staff area', '/staff/login', {}],
    ['the API', '/api/health', {}],
    ['draft mode (bypass cookie)', guide, {cookie: '__prerender_bypass=e2e'}],
    ['a router request for the RSC payload', guide, {rsc: '1'}],
  ]
  for (const [what, pathname, headers] of neverStored) {
    await test(`${what} is never stored: every request reaches the origin`, async () => {
      await sleep(20) // origin log timestamps are per millisecond
      const since = Date.now()
      const a = await get(proxy.url, pathname, {...gz, ...headers})
      const b = await get(proxy.url, pathname, {...gz, ...headers})
      assert.ok(a.status < 500, `${pathname} answered ${a.status}`)
      for (const r of [a, b]) assert.match(String(r.cache), /^(BYPASS|MISS|EXPIRED)$/, `${pathname}: X-Cache-Status ${r.cache}`)
      assert.equal(await settledOriginHits(new URL(pathname, proxy.url).pathname, since, 2), 2, `origin requests for ${pathname}`)
    })
  }

  // The usual day of a clinic blog: nobody reads a page for a while, then many readers arrive at
  // once (a newsletter link). Their copy has expired, and each of them must not go to the origin.
  await test('a burst of readers after a quiet spell reaches the origin once', async () => {
    await get(proxy.url, guide, gz)
    await sleep(3000) // longer than s-maxage + stale-while-revalidate
    const since = Date.now()
    const burst = await Promise.all(Array.from({length: 40}, () => get(proxy.url, guide, gz)))
    for (const r of burst) assert.equal(r.status, 200)
    const hits = await settledOriginHits(guide, since, 3)
    line(`     ${burst.length} readers at once after a quiet spell, ${hits} reached the origin`)
    assert.ok(hits <= 2, `${burst.length} readers at once after a quiet spell made ${hits} origin requests`)
  })

  await test('the origin sees about one request per page per second under load', async () => {
    const seconds = 5
    const since = Date.now()
    let reads = 0
    const until = since + seconds * 1000
    await Promise.all(
      Array.from({length: 16}, async () => {
        while (Date.now() < until) {
          const r = await get(proxy.url, guide, gz)
          assert.equal(r.status, 200)
          reads += 1
        }
      }),
    )
    const hits = originHits(guide, since)
    line(`     ${reads} reads in ${seconds} s through nginx, ${hits} reached the origin`)
    assert.ok(reads > hits * 5, 'the load was too light to show anything')
    assert.ok(hits <= seconds + 2, `origin saw ${hits} requests for the guide in ${seconds} s`)
  })

  /** Publishes 5 times (after one warm-up) while readers keep `via` warm; ms until each shows there. */
  const timePublishes = async (via) => {
    const samples = []
    // As in tooling/bench/bench-publish.mjs, the first publish is a warm-up: the first render after a
    // revalidation in a fresh process also loads modules. Timed, shown, not counted.
    for (let i = -1; i < 5; i++) {
      const token = `nginx${i}x${Date.now().toString(36)}`
      let reading = true
      // Readers keep the cached copy warm, as on a live site.
      const readers = Promise.all(Array.from({length: 4}, async () => {
        while (reading) await get(via.url, guide, gz)
      }))
      await sleep(300)
      const sentAt = await publishTitle(`${base} ${token}`)
      let ms
      while (Date.now() - sentAt < 10_000) {
        if ((await get(via.url, guide, gz)).body.includes(token)) {
          ms = Date.now() - sentAt
          break
        }
        await sleep(25)
      }
      reading = false
      await readers
      assert.ok(ms !== undefined, `publish ${i + 1} not visible through nginx after 10 s`)
      if (i < 0) line(`     warm-up publish visible after ${ms} ms`)
      else samples.push(ms)
    }
    line(`     visible after ${samples.join(', ')} ms`)
    return [...samples].sort((a, b) => a - b)
  }

  await test('the origin refreshes nginx after a publish: the next reader gets the new version from the cache (HIT)', async () => {
    await get(proxy.url, guide, gz) // a stored copy exists
    const token = `refresh${Date.now().toString(36)}`
    const sentAt = await publishTitle(`${base} ${token}`)
    let refreshed
    for (let i = 0; i < 200 && !refreshed; i++) {
      refreshed = proxy.originRequests().find((r) => r.uri === guide && r.refresh && r.at >= sentAt - 5)
      if (!refreshed) await sleep(25)
    }
    assert.ok(refreshed, 'the origin did not ask the refresh listener for the guide within 5 s of the publish')
    const next = await get(proxy.url, guide, gz)
    assert.ok(next.body.includes(token), `the refresh stored the old version (X-Cache-Status ${next.cache})`)
    assert.equal(next.cache, 'HIT', 'the reader after the refresh should be served the refreshed copy')
    line(`     refresh of the guide stored ${Math.round(refreshed.at - sentAt)} ms after the webhook was sent`)
    // Then the rest of the site, which shows the title in its lists.
    for (const page of ['/', '/blog', '/feed.xml']) {
      let done
      for (let i = 0; i < 200 && !done; i++) {
        done = proxy.originRequests().some((r) => r.uri === page && r.refresh && r.at >= sentAt - 5)
        if (!done) await sleep(25)
      }
      assert.ok(done, `the origin did not ask the refresh listener for ${page} within 5 s of the publish`)
      const read = await get(proxy.url, page, gz)
      assert.ok(read.body.includes(token), `${page} through nginx does not show the new title after its refresh`)
    }
  })

  await test('a publish of the Chinese guide refreshes its /zh page and the Chinese lists through nginx, not the English page', async () => {
    const zhGuide = `/zh/blog/${slug}`
    const zhId = `${poreGuide(snap)._id}.zh-Hans`
    const before = await get(proxy.url, zhGuide, gz)
    assert.equal(before.status, 200, `${zhGuide} answered ${before.status}`)
    assert.match(before.body, /<html[^>]*lang="zh-Hans/, `${zhGuide} is not the Chinese page`)
    const english = await get(proxy.url, guide, gz)
    const token = `zh${Date.now().toString(36)}`
    const {response} = await publish({dir: sandbox.snapshotDir, url: proxy.url, secret: env.SANITY_REVALIDATE_SECRET, id: zhId, set: {title: `毛孔指南 ${token}`}})
    assert.equal(response.status, 200, `webhook through nginx answered ${response.status}: ${JSON.stringify(response.body)}`)
    for (const page of [zhGuide, '/zh', '/zh/blog', '/zh/feed.xml']) {
      let done
      for (let i = 0; i < 200 && !done; i++) {
        done = proxy.originRequests().some((r) => r.uri === page && r.refresh && r.at >= response.sentAt - 5)
        if (!done) await sleep(25)
      }
      assert.ok(done, `the origin did not ask the refresh listener for ${page} within 5 s of the Chinese publish`)
      const read = await get(proxy.url, page, gz)
      assert.ok(read.body.includes(token), `${page} through nginx does not show the new Chinese title after its refresh`)
    }
    const englishAfter = await get(proxy.url, guide, gz)
    assert.ok(!englishAfter.body.includes(token), 'the English guide shows the Chinese title')
    assert.ok(englishAfter.body.includes(english.body.match(/<title>([^<]*)<\/title>/)?.[1] ?? '<title>'), 'the English guide changed title')
  })

  // Timing is the bench's job (`npm run bench`: p95 over 20 publishes); this holds the promise.
  await test(`with the refresh listener a publish is visible through nginx within ${FRESH_WITHIN_MS} ms while readers keep reading (5 publishes)`, async () => {
    const sorted = await timePublishes(proxy)
    assert.ok(sorted[4] <= FRESH_WITHIN_MS, `a publish took ${sorted[4]} ms to show through nginx`)
  })

  // The safety net for a refresh that is lost: an nginx the origin does not know about.
  await test(`without a refresh a publish is still visible through nginx within ${FRESH_WITHIN_MS} ms (expiry, 5 publishes)`, async () => {
    // The cache adds at most s-maxage + stale-while-revalidate (2 s) to the origin's own render of
    // the new version, which takes longer on a loaded machine: the median must meet the 2 s, and no
    // publish may take 2.5 s.
    const sorted = await timePublishes(expiryOnly)
    assert.ok(sorted[2] <= FRESH_WITHIN_MS, `median ${sorted[2]} ms to show through nginx`)
    assert.ok(sorted[4] <= FRESH_WITHIN_MS + 500, `a publish took ${sorted[4]} ms to show through nginx`)
  })

  await test('without a refresh, after a quiet spell the first reader already gets the publish (no stale copy of any age)', async () => {
    await get(expiryOnly.url, guide, gz) // a stored copy exists
    await sleep(3000) // longer than s-maxage + stale-while-revalidate
    const token = `quiet${Date.now().toString(36)}`
    await publishTitle(`${base} ${token}`)
    const first = await get(expiryOnly.url, guide, gz)
    assert.ok(first.body.includes(token), `first read after a quiet spell served the old copy (X-Cache-Status ${first.cache})`)
  })

  // --- an echo origin: what Next cannot show ----------------------------------------------------
  let echoUp = true
  echo = http.createServer((req, res) => {
    if (!echoUp) {
      res.writeHead(503, {'content-type': 'text/plain'})
      return res.end('down')
    }
    res.writeHead(200, {'content-type': 'application/json', 'cache-control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=1, stale-if-error=86400'})
    res.end(JSON.stringify({xff: req.headers['x-forwarded-for'] ?? null, at: Date.now()}))
  })
  await new Promise((r) => echo.listen(0, '127.0.0.1', r))
  echoProxy = await startCacheProxy({origin: `127.0.0.1:${echo.address().port}`})

  await test('the origin is told the real client address: a client-sent X-Forwarded-For is replaced', async () => {
    const r = await get(echoProxy.url, '/echo-xff', {'x-forwarded-for': '203.0.113.9', 'cache-control': 'no-cache'})
    assert.equal(JSON.parse(r.body).xff, '127.0.0.1')
  })

  await test('when the origin fails, readers get the stored copy instead of an error', async () => {
    const stored = await get(echoProxy.url, '/echo-outage')
    await sleep(2500) // past s-maxage + stale-while-revalidate
    echoUp = false
    const during = await get(echoProxy.url, '/echo-outage')
    assert.equal(during.status, 200, `answered ${during.status} during the outage`)
    assert.equal(during.body, stored.body)
    assert.equal(during.cache, 'STALE')
  })
} catch (error) {
  results.failed += 1
  line(`FAIL setup: ${error.stack ?? error}`)
} finally {
  echoProxy?.stop()
  echo?.close()
  expiryOnly?.stop()
  proxy?.stop()
  await server?.stop()
  sandbox.remove()
  app.remove()
}
line(`${results.passed} passed, ${results.failed} failed`)
process.exit(results.failed ? 1 : 0)
