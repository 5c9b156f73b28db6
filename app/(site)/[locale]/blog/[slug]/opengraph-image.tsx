import {notFound} from 'next/navigation'
import {OG_SIZE, ogCard} from '@/components/ui/og-card'
import {getPostBySlug, getSettings, prerenderedOgImageParams} from '@/lib/content'

export const size = OG_SIZE
export const contentType = 'image/png'
export const revalidate = 3600

export const dynamicParams = true
export const generateStaticParams = () => prerenderedOgImageParams()

export const alt = 'The article title on the clinic journal card'

// next/og's bundled font has no Chinese glyphs, so the card of a Chinese page shows the English
// page of the same slug (the starter translations keep the English slug); without one, no card.
export default async function Image({params}: {params: Promise<{slug: string}>}) {
  const {slug} = await params
  const [post, settings] = await Promise.all([getPostBySlug(slug), getSettings()])
  if (!post?.title) notFound()
  const reviewer = post.medicalReviewer?.name ? `Medically reviewed by ${post.medicalReviewer.name}` : ''
  return ogCard({
    eyebrow: `${settings.clinicName ?? ''} · Journal`,
    title: post.title,
    footer: reviewer || (settings.clinicName ?? ''),
  })
}
