import {env} from '@/lib/platform/env'

export function absoluteUrl(path: string, siteUrl = env().SITE_URL): string {
  return new URL(path, `${siteUrl}/`).toString()
}
