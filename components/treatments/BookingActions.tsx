import {ButtonLink} from '@/components/ui/ButtonLink'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'
import {paths} from '@/lib/routes/paths'

/** The treatment travels in the booking URL (so the form preselects it, WCAG 3.3.7), never in WhatsApp text. */
export function BookingActions({treatmentSlug, whatsapp}: {treatmentSlug: string; whatsapp: string | null}) {
  const chat = whatsappChatUrl(whatsapp, GENERIC_WHATSAPP_TEXT)
  return (
    <div className="flex flex-wrap gap-3">
      <ButtonLink href={paths.book(treatmentSlug)}>Book a consultation</ButtonLink>
      {chat && (
        <ButtonLink href={chat} variant="secondary" rel="noopener noreferrer">
          Ask on WhatsApp
        </ButtonLink>
      )}
    </div>
  )
}
