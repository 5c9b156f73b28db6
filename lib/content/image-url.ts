import {createImageUrlBuilder} from '@sanity/image-url'
import {env} from '@/lib/platform/env'

export type ImageValue = {
  asset?: {_ref?: string} | null
  alt?: string | null
  caption?: string | null
  crop?: {top?: number; bottom?: number; left?: number; right?: number} | null
  hotspot?: {x?: number; y?: number; height?: number; width?: number} | null
}

export type ResolvedImage = {src: string; width: number; height: number; alt: string; isVector: boolean}

const ASSET_REF = /^image-([a-zA-Z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/

/** Sanity asset ids carry the original dimensions, so pages can reserve space without a lookup. */
export function parseImageRef(ref: string): {id: string; width: number; height: number; extension: string} | null {
  const match = ASSET_REF.exec(ref)
  if (!match) return null
  return {id: match[1], width: Number(match[2]), height: Number(match[3]), extension: match[4]}
}

/** The public path of a snapshot asset, served by app/content-assets. */
export function snapshotAssetPath(ref: string): string | null {
  const parsed = parseImageRef(ref)
  return parsed ? `/content-assets/${parsed.id}-${parsed.width}x${parsed.height}.${parsed.extension}` : null
}

/**
 * One URL helper for both content sources: Sanity's image CDN (crop, hotspot, width) when a project
 * is configured, the snapshot's own files otherwise. `width` is the largest width wanted.
 */
export function imageUrl(image: ImageValue | null | undefined, options: {width?: number; aspect?: number} = {}): ResolvedImage | null {
  const ref = image?.asset?._ref
  if (!ref) return null
  const parsed = parseImageRef(ref)
  if (!parsed) return null
  const alt = image?.alt ?? ''
  const isVector = parsed.extension === 'svg'
  const config = env()
  const width = Math.min(options.width ?? parsed.width, parsed.width)
  const height = Math.round(options.aspect ? width / options.aspect : (width * parsed.height) / parsed.width)

  if (!config.SANITY_PROJECT_ID) {
    return {src: snapshotAssetPath(ref)!, width, height, alt, isVector}
  }
  // The local Content Lake serves Sanity's CDN paths (/images/<project>/<dataset>/<file>) itself.
  let builder = createImageUrlBuilder({
    projectId: config.SANITY_PROJECT_ID,
    dataset: config.SANITY_DATASET,
    ...(config.SANITY_API_HOST ? {baseUrl: config.SANITY_API_HOST} : {}),
  })
    .image(image as Parameters<ReturnType<typeof createImageUrlBuilder>['image']>[0])
    .width(width)
    .auto('format')
  if (options.aspect) builder = builder.height(height).fit('crop')
  return {src: builder.url(), width, height, alt, isVector}
}
