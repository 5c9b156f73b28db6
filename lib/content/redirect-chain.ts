import {normalizePath} from '@/lib/routes/document-paths'

export type RedirectRule = {from: string | null; to: string | null; permanent: boolean}
export type RedirectTarget = {to: string; permanent: boolean}

// Longer chains than this are an editor's mistake; webhook-made chains are collapsed on write.
export const MAX_REDIRECT_HOPS = 5

/**
 * Where `path` should send the reader, following chains (A -> B -> C answers A -> C) and refusing
 * loops, or null when no redirect applies or every target is gone (then the page answers 404).
 * A hop is taken only when its target is not itself live, so a page that exists again wins over
 * any redirect from its address. One non-permanent hop makes the whole answer temporary.
 */
export async function followRedirects(
  path: string,
  rules: readonly RedirectRule[],
  isLive: (path: string) => Promise<boolean>,
): Promise<RedirectTarget | null> {
  const byFrom = new Map<string, RedirectRule & {to: string}>()
  for (const rule of rules) {
    const from = rule.from && normalizePath(rule.from)
    const to = rule.to && normalizePath(rule.to)
    // The first of two rules for one address wins, whichever it is: the Studio refuses duplicates.
    if (from && to && !byFrom.has(from)) byFrom.set(from, {...rule, to})
  }
  const start = normalizePath(path)
  if (!start) return null
  const seen = new Set([start])
  let current = start
  let permanent = true
  for (let hop = 0; hop < MAX_REDIRECT_HOPS; hop += 1) {
    const rule = byFrom.get(current)
    if (!rule || seen.has(rule.to)) return null
    seen.add(rule.to)
    permanent &&= rule.permanent
    if (await isLive(rule.to)) return {to: rule.to, permanent}
    current = rule.to
  }
  return null
}
