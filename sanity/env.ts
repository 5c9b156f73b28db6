// Read by the Studio in the browser and by the Sanity CLI, so only public values live here.
// The site maps SANITY_PROJECT_ID to NEXT_PUBLIC_SANITY_PROJECT_ID at build time (next.config.js).
export const projectId =
  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID || 'offline'
export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET || 'production'
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-02-19'
export const isStudioConfigured = projectId !== 'offline'
export const studioBasePath = '/studio'

// The local Content Lake (development and tests only), from SANITY_API_HOST at build time. The
// Studio puts the project id in front of its host (https://<projectId>.localhost:<port>), and it
// signs in with a token, because the local lake has no login providers or session cookies.
const localApiHost = process.env.NEXT_PUBLIC_SANITY_API_HOST || process.env.SANITY_STUDIO_API_HOST || ''
export const localContentLake = localApiHost
  ? {apiHost: localApiHost, auth: {loginMethod: 'token' as const}}
  : undefined
