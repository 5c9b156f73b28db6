// Read by the Studio in the browser and by the Sanity CLI, so only public values live here.
// The site maps SANITY_PROJECT_ID to NEXT_PUBLIC_SANITY_PROJECT_ID at build time (next.config.js).
export const projectId =
  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID || 'offline'
export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET || 'production'
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-02-19'
export const isStudioConfigured = projectId !== 'offline'
export const studioBasePath = '/studio'
