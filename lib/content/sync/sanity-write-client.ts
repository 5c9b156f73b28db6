import {createClient, type SanityClient} from '@sanity/client'
import {parseEnv} from '@/lib/env'

/** A client with a write token for the content scripts; fails with a message naming what is missing. */
export function sanityWriteClient(): SanityClient {
  const env = parseEnv(process.env)
  const missing = [!env.SANITY_PROJECT_ID && 'SANITY_PROJECT_ID', !env.SANITY_API_WRITE_TOKEN && 'SANITY_API_WRITE_TOKEN'].filter(Boolean)
  if (missing.length > 0) throw new Error(`Set ${missing.join(' and ')} to move content to or from a Sanity dataset.`)
  return createClient({
    projectId: env.SANITY_PROJECT_ID!,
    dataset: env.SANITY_DATASET,
    apiVersion: env.SANITY_API_VERSION,
    token: env.SANITY_API_WRITE_TOKEN,
    useCdn: false,
    perspective: 'raw',
  })
}
