import {createClient, type ClientConfig, type ClientPerspective, type SanityClient} from '@sanity/client'
import {env, type Env} from '@/lib/platform/env'

/**
 * Which token a client carries: a Viewer token for preview, an Editor token for the content scripts,
 * the server's Editor token for redirect documents, or none.
 */
export type TokenPurpose = 'read' | 'write' | 'redirects' | 'none'

export type SanityClientOptions = {
  token: TokenPurpose
  perspective: ClientPerspective
  /** Defaults to the validated process env; scripts and tests may pass their own. */
  config?: Env
}

function tokenFor(purpose: TokenPurpose, config: Env): string | undefined {
  if (purpose === 'read') return config.SANITY_API_READ_TOKEN
  if (purpose === 'write') return config.SANITY_API_WRITE_TOKEN
  if (purpose === 'redirects') return config.SANITY_API_REDIRECT_TOKEN
  return undefined
}

/**
 * The one place a @sanity/client configuration is made, so every caller (site, preview route,
 * content scripts) reaches the same Content Lake the same way. With SANITY_API_HOST (the local
 * Content Lake, development and tests only) requests go to that host without the project id in
 * front of it; without it the config is Sanity's default `<projectId>.api.sanity.io`.
 */
export function sanityClientConfig({token, perspective, config = env()}: SanityClientOptions): ClientConfig {
  if (!config.SANITY_PROJECT_ID) throw new Error('SANITY_PROJECT_ID is not set')
  return {
    projectId: config.SANITY_PROJECT_ID,
    dataset: config.SANITY_DATASET,
    apiVersion: config.SANITY_API_VERSION,
    token: tokenFor(token, config),
    perspective,
    // ISR and webhook revalidation need the freshest data; the API CDN can lag behind a publish.
    useCdn: false,
    stega: false,
    // Fail fast when Content Lake is unreachable so a render can fall back to the last good page.
    timeout: 10_000,
    maxRetries: 1,
    ...(config.SANITY_API_HOST ? {apiHost: config.SANITY_API_HOST, useProjectHostname: false} : {}),
  }
}

export function createSanityClient(options: SanityClientOptions): SanityClient {
  return createClient(sanityClientConfig(options))
}
