import {getImageProps} from 'next/image'
import {imageUrl, type ImageValue} from '@/lib/content/image-url'

type Props = {
  image: ImageValue | null | undefined
  /** Largest width the layout ever shows, in CSS pixels times two for sharp phone screens. */
  width: number
  aspect?: number
  sizes: string
  className?: string
  /** For the one image that is likely the largest paint of the page. */
  eager?: boolean
  /** Decorative use (the same text is next to it): empty alt. */
  decorative?: boolean
}

/**
 * next/image's sizing and optimisation without its client component: getImageProps returns the
 * <img> attributes, so a page with images ships no extra JavaScript.
 */
export function ContentImage({image, width, aspect, sizes, className, eager, decorative}: Props) {
  const resolved = imageUrl(image, {width, aspect})
  if (!resolved) return null
  const {props} = getImageProps({
    src: resolved.src,
    width: resolved.width,
    height: resolved.height,
    alt: decorative ? '' : resolved.alt,
    sizes,
    unoptimized: resolved.isVector,
    loading: eager ? 'eager' : 'lazy',
    fetchPriority: eager ? 'high' : undefined,
  })
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- attributes come from next/image's getImageProps
  return <img {...props} className={className} />
}
