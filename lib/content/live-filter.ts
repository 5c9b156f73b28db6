import {DEFAULT_LOCALE} from '@/lib/i18n/locales'
import type {Perspective, QueryParams} from './perspective'

// When a published post is on the public site. A post whose `publishedAt` is still ahead is
// scheduled, and one past its `takeDownAt` is taken down: both stay out of every public page, feed,
// sitemap and search index until (or after) that moment. The rule is GROQ so that the Content Lake
// and the snapshot (groq-js) apply it identically, each against its own clock (`now()`).

/** A post is live when its publish time has come and its take-down time (if any) has not. */
export const LIVE_POST = /* groq */ `((!defined(publishedAt) || publishedAt <= now()) && (!defined(takeDownAt) || takeDownAt > now()))`

/** The public rule, or every post while an editor previews drafts (`$includeScheduled`). */
export const VISIBLE_POST = /* groq */ `($includeScheduled == true || ${LIVE_POST})`

/**
 * Adds `$includeScheduled` for the perspective, so that every read through the content sources
 * applies VISIBLE_POST the same way without each caller passing it: drafts preview shows
 * scheduled and taken-down posts, the published site does not. Likewise `$language` (the edition
 * public queries filter by): English unless the caller names another.
 */
export function withScheduleRule(params: QueryParams, perspective: Perspective): QueryParams {
  return {includeScheduled: perspective === 'drafts', language: DEFAULT_LOCALE, ...params}
}
