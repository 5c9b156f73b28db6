import type {SanityClient} from '@sanity/client'
import {parseEnv} from '@/lib/platform/env'
import {createSanityClient} from '../sanity-client'

/** A client with a write token for the content scripts; fails with a message naming what is missing. */
export function sanityWriteClient(): SanityClient {
  const config = parseEnv(process.env)
  const missing = [!config.SANITY_PROJECT_ID && 'SANITY_PROJECT_ID', !config.SANITY_API_WRITE_TOKEN && 'SANITY_API_WRITE_TOKEN'].filter(Boolean)
  if (missing.length > 0) throw new Error(`Set ${missing.join(' and ')} to move content to or from a Sanity dataset.`)
  return createSanityClient({token: 'write', perspective: 'raw', config})
}
