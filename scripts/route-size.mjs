#!/usr/bin/env node
// Prints the gzipped JavaScript each prerendered route of the production build ships, and fails when
// the article page ships more than the budget above a bare page of the same build.
//
//   npm run size [-- --article=/blog/<slug> --baseline=/size-baseline --budget-kb=5 --dir=.next]
//
// A route's JavaScript is the set of <script src> files its prerendered HTML loads from
// /_next/static; each file's size is measured gzipped (level 9). Inline flight data is page
// content, not code, and is left out. 1 KB = 1024 bytes.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, ...rest] = arg.replace(/^--/, '').split('=')
    return [key, rest.join('=')]
  }),
)
const buildDir = path.resolve(args.dir || '.next')
const articleRoute = args.article || '/blog/can-you-close-pores-permanently'
const baselineRoute = args.baseline || '/size-baseline'
const budgetKb = Number(args['budget-kb'] || 5)

const appDir = path.join(buildDir, 'server', 'app')
if (!fs.existsSync(path.join(buildDir, 'BUILD_ID')) || !fs.existsSync(appDir)) {
  console.error(`No production build in ${buildDir}: run \`npm run build\` first.`)
  process.exit(2)
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(full)
    return entry.name.endsWith('.html') ? [full] : []
  })
}

function routeOf(file) {
  const rel = path
    .relative(appDir, file)
    .replace(/\\/g, '/')
    .replace(/\.html$/, '')
  if (rel === 'index') return '/'
  // Site pages are prerendered under their edition's internal segment (app/(site)/[locale]): shown
  // at their public address, English at the root and Chinese under /zh.
  const edition = rel.match(/^(en|zh-Hans)(\/.*)?$/)
  if (edition) return edition[1] === 'en' ? edition[2] || '/' : `/zh${edition[2] ?? ''}`
  return `/${rel.replace(/\/index$/, '')}`
}

const gzCache = new Map()
function gzipSize(src) {
  if (!gzCache.has(src)) {
    const file = path.join(buildDir, 'static', src.replace(/^\/_next\/static\//, '').split('?')[0])
    gzCache.set(src, fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), {level: 9}).length : null)
  }
  return gzCache.get(src)
}

function measure(file) {
  const html = fs.readFileSync(file, 'utf8')
  const srcs = [
    ...new Set(
      [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((s) => s.startsWith('/_next/static/')),
    ),
  ]
  const missing = srcs.filter((s) => gzipSize(s) === null)
  const bytes = srcs.reduce((sum, s) => sum + (gzipSize(s) ?? 0), 0)
  return {route: routeOf(file), scripts: srcs, bytes, missing}
}

const routes = htmlFiles(appDir)
  .map(measure)
  .sort((a, b) => a.route.localeCompare(b.route))
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7)

console.log(`Gzipped JavaScript per prerendered route (${path.relative(process.cwd(), buildDir) || '.'}):\n`)
console.log(`${'KB gz'.padStart(7)}  files  route`)
for (const r of routes)
  console.log(
    `${kb(r.bytes)}  ${String(r.scripts.length).padStart(5)}  ${r.route}${r.missing.length ? `  (missing: ${r.missing.join(', ')})` : ''}`,
  )

const article = routes.find((r) => r.route === articleRoute)
const baseline = routes.find((r) => r.route === baselineRoute)
if (!article || !baseline) {
  console.error(
    `\nCannot compare: ${!article ? `article ${articleRoute}` : `baseline ${baselineRoute}`} was not prerendered.`,
  )
  process.exit(2)
}
const extra = article.bytes - baseline.bytes
const extraScripts = article.scripts.filter((s) => !baseline.scripts.includes(s))
console.log(`\nBaseline ${baselineRoute}: ${kb(baseline.bytes).trim()} KB gz`)
console.log(`Article  ${articleRoute}: ${kb(article.bytes).trim()} KB gz`)
console.log(`Article over baseline: ${(extra / 1024).toFixed(1)} KB gz (budget ${budgetKb} KB)`)
for (const s of extraScripts) console.log(`  + ${(gzipSize(s) / 1024).toFixed(1)} KB  ${s}`)
if (extra > budgetKb * 1024) {
  console.error(`\nOver budget by ${((extra - budgetKb * 1024) / 1024).toFixed(1)} KB gz.`)
  process.exit(1)
}
console.log('\nWithin budget.')
