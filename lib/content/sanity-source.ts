import {createClient, type SanityClient} from '@sanity/client'
import {env} from '@/lib/env'
import type {Perspective, QueryParams} from './perspective'

let client: SanityClient | undefined

function sanityClient(): SanityClient {
  const config = env()
  if (!config.SANITY_PROJECT_ID) throw new Error('SANITY_PROJECT_ID is not set')
  client ??= createClient({
    projectId: config.SANITY_PROJECT_ID,
    dataset: config.SANITY_DATASET,
    apiVersion: config.SANITY_API_VERSION,
    // ISR and webhook revalidation need the freshest data; the API CDN can lag behind a publish.
    useCdn: false,
    perspective: 'published',
    token: config.SANITY_API_READ_TOKEN,
    stega: false,
    // Fail fast when Content Lake is unreachable so a render can fall back to the last good page.
    timeout: 10_000,
    maxRetries: 1,
  })
  return client
}

export async function querySanity<T>(query: string, params: QueryParams, perspective: Perspective): Promise<T> {
  if (perspective === 'drafts' && !env().SANITY_API_READ_TOKEN) {
    throw new Error('Draft preview in Sanity mode needs SANITY_API_READ_TOKEN')
  }
  return sanityClient().fetch<T>(query, params, {perspective: perspective === 'drafts' ? 'drafts' : 'published'})
}
