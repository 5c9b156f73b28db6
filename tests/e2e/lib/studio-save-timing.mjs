// Where the time of a Studio "Saving..." goes, measured inside the page (the clock the footer runs
// on): the editor's last input, the commit request the Studio sends (it commits at most once a
// second), the lake's answer, the listener event carrying that commit's transaction id (until then
// the Studio counts the commit as unsaved), and the footer turning to "Saved" (the Studio keeps
// "Saving..." one second after it is consistent again). Long tasks and late timers show when the
// page itself could not run. Node's view of requests (Playwright events) arrives hundreds of ms
// late on a busy machine, so it is not used for these figures.
import fs from 'node:fs'

// Runs in every page of the context, before the Studio's scripts.
function saveTimingProbe() {
  const t = {commits: [], events: {}, blocked: []}
  window.__saveTiming = t
  const COMMIT = /\/data\/(actions|mutate)\//
  const LISTEN = /\/data\/listen\//
  const noteEvents = (text, at) => {
    for (const m of text.matchAll(/"transactionId":"([^"]+)"/g)) t.events[m[1]] ??= at
  }
  const open = XMLHttpRequest.prototype.open
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.__probeUrl = String(url)
    return open.call(this, method, url, ...rest)
  }
  const send = XMLHttpRequest.prototype.send
  XMLHttpRequest.prototype.send = function (body) {
    const url = this.__probeUrl ?? ''
    if (COMMIT.test(url)) {
      // The Studio names each commit's transaction in the request body.
      const tx = /"transactionId":"([^"]+)"/.exec(typeof body === 'string' ? body : '')?.[1] ?? ''
      const entry = {sent: Date.now(), answered: 0, tx, tag: /[?&]tag=([^&]+)/.exec(url)?.[1] ?? '', body: typeof body === 'string' ? body.slice(0, 600) : ''}
      t.commits.push(entry)
      this.addEventListener('readystatechange', () => {
        if (this.readyState === 4 && !entry.answered) entry.answered = Date.now()
      })
    } else if (LISTEN.test(url)) {
      let read = 0
      this.addEventListener('progress', () => {
        const text = this.responseText ?? ''
        noteEvents(text.slice(Math.max(0, read - 100)), Date.now())
        read = text.length
      })
    }
    return send.call(this, body)
  }
  // The listener's event-source polyfill streams with fetch when it can.
  const fetchBefore = window.fetch
  window.fetch = async function (input, init) {
    const res = await fetchBefore.call(this, input, init)
    const url = typeof input === 'string' ? input : (input?.url ?? String(input))
    if (!LISTEN.test(url) || !res.body) return res
    const decoder = new TextDecoder()
    let tail = ''
    const watch = new TransformStream({
      transform(chunk, controller) {
        const text = tail + decoder.decode(chunk, {stream: true})
        noteEvents(text, Date.now())
        tail = text.slice(-100)
        controller.enqueue(chunk)
      },
    })
    return new Response(res.body.pipeThrough(watch), {status: res.status, statusText: res.statusText, headers: res.headers})
  }
  // The Studio makes thousands of requests in a soak; the default buffer keeps the first 250.
  performance.setResourceTimingBufferSize(100_000)
  // The page unable to run: long tasks, and timers firing late (the process not scheduled).
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) t.blocked.push([performance.timeOrigin + e.startTime, e.duration])
    }).observe({type: 'longtask', buffered: true})
  } catch {
    /* no long-task timing in this browser */
  }
  let last = Date.now()
  setInterval(() => {
    const now = Date.now()
    if (now - last > 150) t.blocked.push([last + 100, now - last - 100])
    last = now
  }, 100)
}

export async function watchSaveTiming(context) {
  await context.addInitScript(saveTimingProbe)
}

/**
 * Each finished "Saving..." of the page split into its phases (ms): input → the commit that
 * carried it sent, sent → answered, answered → its listener event, event → the footer's "Saved",
 * and how long the page was blocked inside the whole wait.
 */
export async function savePhases(page) {
  const {episodes, timing} = await page.evaluate(() => {
    const t = window.__saveTiming
    // Where the request's own events were not seen, its answer from the browser's resource timing.
    const resources = performance.getEntriesByType('resource').filter((r) => /\/data\/(actions|mutate)\//.test(r.name))
    for (const c of t?.commits ?? []) {
      if (c.answered) continue
      const r = resources.find((x) => Math.abs(performance.timeOrigin + x.startTime - c.sent) < 30)
      if (r) c.answered = Math.round(performance.timeOrigin + r.responseEnd)
    }
    return {episodes: window.__studioSaving?.episodes ?? [], timing: t}
  })
  if (!timing) return []
  return episodes.map((e) => {
    const from = Math.max(e.since, e.lastInput)
    // The commit that carried the last input: the last one sent before the footer turned.
    const commit = timing.commits.filter((c) => c.sent >= e.lastInput - 50 && c.sent <= e.end).at(-1)
    const event = commit?.tx ? timing.events[commit.tx] : undefined
    const blocked = timing.blocked
      .map(([at, ms]) => Math.max(0, Math.min(at + ms, e.end) - Math.max(at, from)))
      .reduce((a, b) => a + b, 0)
    return {
      ms: e.ms,
      end: e.end,
      toCommit: commit ? commit.sent - from : undefined,
      answer: commit?.answered ? commit.answered - commit.sent : undefined,
      toEvent: commit?.answered && event ? event - commit.answered : undefined,
      toSaved: event ? e.end - event : undefined,
      commits: timing.commits.filter((c) => c.sent >= from && c.sent <= e.end).length,
      blocked: Math.round(blocked),
    }
  })
}

const quantile = (values, q) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : undefined
}

/** One line per phase: median and worst over every save, and the slowest save in full. */
export function describePhases(phases) {
  if (phases.length === 0) return 'no finished saves'
  const keys = ['ms', 'toCommit', 'answer', 'toEvent', 'toSaved', 'blocked']
  const names = {ms: 'whole wait', toCommit: 'input → commit sent', answer: 'commit answered', toEvent: 'answer → listener event', toSaved: 'event → "Saved"', blocked: 'page blocked'}
  const worst = phases.reduce((a, b) => (b.ms > a.ms ? b : a))
  return [
    ...keys.map((k) => `${names[k]}: median ${quantile(phases.map((p) => p[k]), 0.5) ?? '?'} ms, max ${quantile(phases.map((p) => p[k]), 1) ?? '?'} ms`),
    `slowest: ${JSON.stringify(worst)}`,
  ].join('\n')
}

/** The phases and the raw figures behind them, for a closer look after a run. */
export async function writePhases(file, pagesByEditor) {
  const out = {}
  for (const [name, page] of Object.entries(pagesByEditor)) {
    out[name] = {
      phases: await savePhases(page),
      raw: await page.evaluate(() => ({episodes: window.__studioSaving?.episodes, timing: window.__saveTiming})),
    }
  }
  fs.writeFileSync(file, JSON.stringify(out))
  return Object.values(out).flatMap((o) => o.phases)
}
