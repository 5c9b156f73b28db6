import {ButtonLink} from '@/components/ui/ButtonLink'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'
import {paths} from '@/lib/routes/paths'

/**
 * The treatment travels in the booking URL (so the form preselects it, WCAG 3.3.7), never in WhatsApp
 * text. Both links name this treatment's page as where the patient came from.
 */
export function BookingActions({treatmentSlug, whatsapp}: {treatmentSlug: string; whatsapp: string | null}) {
  const from = paths.treatment(treatmentSlug)
  const hasChat = whatsappChatUrl(whatsapp, GENERIC_WHATSAPP_TEXT) !== null
  return (
    <div className="flex flex-wrap gap-3">
      <ButtonLink href={paths.book(treatmentSlug, from)}>Book a consultation</ButtonLink>
      {hasChat && (
        <ButtonLink href={paths.contact('whatsapp', from)} variant="secondary" rel="nofollow">
          Ask on WhatsApp
        </ButtonLink>
      )}
    </div>
  )
}
