// lib/content's entry point: what app/ and the other features may use. Pages call the getters;
// the source, queries and tags are here for publishing (which tags a change clears) and health.
export * from './getters'
export {loadClinicSettings} from './clinic-settings'
export {getCategoryPage, getJournalPage} from './listing-pages'
export type {CategoryPage, ListingPage} from './listing-pages'
export {
  prerenderedCategoryPageParams,
  prerenderedCategoryParams,
  prerenderedJournalPageParams,
  prerenderedOgImageParams,
  prerenderedPageParams,
  prerenderedPersonParams,
  prerenderedPostParams,
  prerenderedTreatmentParams,
} from './prerender-params'
export {contentSourceName, runQuery, type ContentSourceName} from './source'
export {snapshotDir, snapshotFile} from './snapshot-source'
export type {Perspective, QueryParams} from './perspective'
export {TAGS} from './tags'
export {webhookPayloadSchema, type ChangedDocument, type ContentType} from './webhook-payload'
export {imageUrl, type ImageValue, type ResolvedImage} from './image-url'
export {createSanityClient} from './sanity-client'
export {NO_STORE, refererPath, sameSitePath} from './preview-request'
export {ContentUnavailableError, isContentUnavailable} from './content-unavailable'
export {contentHealthProbe} from './health-probe'
export {getSearchDocuments, getSearchVersion, SEARCH_TAGS, type SearchDocuments} from './search-documents'
export {endPreviewSession, PREVIEW_COOKIE, previewCookieOptions, startPreviewSession} from './preview-session'
export {countFailedPreviewEnable, previewEnableBlocked} from './preview-throttle'
export {findDueTransitions, findNextTransition, type DueTransition} from './schedule'
export {LIVE_POST, VISIBLE_POST} from './live-filter'
export {getRedirectFor, notFoundUnlessRedirected} from './redirect-lookup'
export {followRedirects, type RedirectRule, type RedirectTarget} from './redirect-chain'
export {documentEditions, fixedPageEditions, switchTarget} from './translations'
