import {notFound} from 'next/navigation'
import {OG_SIZE, ogCard} from '@/components/ui/og-card'
import {getSettings, getTreatmentBySlug, prerenderedOgImageParams} from '@/lib/content'

export const size = OG_SIZE
export const contentType = 'image/png'
export const revalidate = 3600

export const dynamicParams = true
export const generateStaticParams = () => prerenderedOgImageParams()

export const alt = 'The treatment name on the clinic card'

// next/og's bundled font has no Chinese glyphs, so the card of a Chinese page shows the English
// page of the same slug (the starter translations keep the English slug); without one, no card.
export default async function Image({params}: {params: Promise<{slug: string}>}) {
  const {slug} = await params
  const [treatment, settings] = await Promise.all([getTreatmentBySlug(slug), getSettings()])
  if (!treatment?.name) notFound()
  return ogCard({
    eyebrow: `${settings.clinicName ?? ''} · Treatments`,
    title: treatment.name,
    footer: treatment.summary ?? '',
  })
}
