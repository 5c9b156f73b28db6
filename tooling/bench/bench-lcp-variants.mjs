#!/usr/bin/env node
// Where the guide's LCP goes, by elimination. Lighthouse (as `npm run bench` runs it: mobile,
// simulated throttling) on the bare page and the guide as the server renders them, and on copies of
// their HTML with one thing taken out. The copies are served from this process; every other request
// (CSS, fonts, images, scripts) goes to the real production server. Not a test: the copies break
// hydration or styling on purpose, to see what each part costs.
//   npm run bench:lcp [-- --runs 5]
// Prints the median simulated LCP, FCP and TBT of each variant, with the observed (unthrottled) LCP
// of each run: the simulation counts whatever had happened by then, so a page whose scripts run
// before its first paint carries their download and execution in its LCP.
import http from 'node:http'
import path from 'node:path'
import {parseArgs} from 'node:util'
import zlib from 'node:zlib'
import {audit, launchChromiumForLighthouse} from '../../tests/e2e/lighthouse.mjs'
import {makeSandbox, prepareApp, serverEnv, startServer} from '../../tests/e2e/lib/app-server.mjs'
import {poreGuide, readSnapshot} from '../../tests/e2e/lib/kit.mjs'

const {values} = parseArgs({options: {runs: {type: 'string', default: '5'}}})
const RUNS = Math.max(1, Math.min(Number(values.runs), 9))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const withoutScripts = (html) => html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<link rel="preload" as="script"[^>]*>/g, '')
const withoutFlightData = (html) => html.replace(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g, '')
const withCssInlined = (html, css) => html.replace(/<link rel="stylesheet" href="[^"]+"[^>]*>/, () => `<style>${css}</style>`)

const app = await prepareApp({log: console.log, prefix: 'clinic-lcp-app-'})
const sandbox = makeSandbox('clinic-lcp-')
let server
let variantServer
let chrome
try {
  const env = serverEnv({snapshotDir: sandbox.snapshotDir, sqlitePath: sandbox.sqlitePath})
  server = await startServer({env, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log')})
  const snap = readSnapshot(sandbox.snapshotDir)
  const text = async (pathname) => (await fetch(new URL(pathname, server.baseUrl))).text()
  const bare = await text('/size-baseline')
  const guide = await text(`/blog/${snap.slug(poreGuide(snap))}`)
  const css = await text(/<link rel="stylesheet" href="([^"]+)"/.exec(guide)[1])
  const variants = {
    bare,
    guide,
    'bare, no scripts': withoutScripts(bare),
    'guide, no scripts': withoutScripts(guide),
    'guide, no flight data': withoutFlightData(guide),
    'guide, CSS inlined': withCssInlined(guide, css),
  }
  const names = Object.keys(variants)
  // gzip like the real server, so every variant weighs on the simulated network what it would.
  const send = (res, type, cacheControl, body) => {
    const gz = zlib.gzipSync(body)
    res.writeHead(200, {'content-type': type, 'content-encoding': 'gzip', 'content-length': gz.length, 'cache-control': cacheControl})
    res.end(gz)
  }
  variantServer = http.createServer(async (req, res) => {
    const variant = /^\/variant\/(\d+)$/.exec(req.url ?? '')
    if (variant) return send(res, 'text/html; charset=utf-8', 'no-store', Buffer.from(variants[names[Number(variant[1])]]))
    try {
      const upstream = await fetch(new URL(req.url ?? '/', server.baseUrl))
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream'
      send(res, type, upstream.headers.get('cache-control') ?? 'no-store', Buffer.from(await upstream.arrayBuffer()))
    } catch (error) {
      res.writeHead(502).end(String(error))
    }
  })
  await new Promise((resolve) => variantServer.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${variantServer.address().port}`
  chrome = await launchChromiumForLighthouse()
  const runs = Object.fromEntries(names.map((n) => [n, []]))
  // Variants interleaved run by run, so they share the machine's load alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [index, name] of names.entries()) {
      const r = await audit(`${base}/variant/${index}`, {port: chrome.port, categories: ['performance']})
      runs[name].push(r.metrics)
      console.log(`${i + 1}/${RUNS} ${name}: LCP ${Math.round(r.metrics.lcpMs)} ms (observed ${r.metrics.observedLcpMs} ms)`)
    }
  }
  console.log(`\n| Variant | LCP (median of ${RUNS}) | FCP | TBT | observed LCP of each run |\n|---|---|---|---|---|`)
  for (const name of names) {
    const m = runs[name]
    const med = (key) => Math.round(median(m.map((x) => x[key])))
    console.log(`| ${name} | ${med('lcpMs')} ms | ${med('fcpMs')} ms | ${med('tbtMs')} ms | ${m.map((x) => x.observedLcpMs).join(', ')} ms |`)
  }
} finally {
  chrome?.close()
  variantServer?.close()
  await server?.stop()
  sandbox.remove()
  app.remove()
}
process.exit(0)
