import type {SanityClient} from '@sanity/client'
import {env} from '@/lib/platform/env'
import {withScheduleRule} from './live-filter'
import type {Perspective, QueryParams} from './perspective'
import {createSanityClient} from './sanity-client'

let client: SanityClient | undefined

function sanityClient(): SanityClient {
  client ??= createSanityClient({token: 'read', perspective: 'published'})
  return client
}

export async function querySanity<T>(query: string, params: QueryParams, perspective: Perspective): Promise<T> {
  if (perspective === 'drafts' && !env().SANITY_API_READ_TOKEN) {
    throw new Error('Draft preview in Sanity mode needs SANITY_API_READ_TOKEN')
  }
  return sanityClient().fetch<T>(query, withScheduleRule(params, perspective), {perspective: perspective === 'drafts' ? 'drafts' : 'published'})
}
