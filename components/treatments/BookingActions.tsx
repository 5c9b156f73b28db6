import {ButtonLink} from '@/components/ui/ButtonLink'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'

/**
 * The treatment travels in the booking URL (so the form preselects it, WCAG 3.3.7), never in WhatsApp
 * text. Both links name this treatment's page as where the patient came from.
 */
export function BookingActions({treatmentSlug, whatsapp, locale = DEFAULT_LOCALE}: {treatmentSlug: string; whatsapp: string | null; locale?: Locale}) {
  const t = siteText(locale)
  const paths = pathsFor(locale)
  const from = paths.treatment(treatmentSlug)
  const hasChat = whatsappChatUrl(whatsapp, GENERIC_WHATSAPP_TEXT) !== null
  return (
    <div className="flex flex-wrap gap-3">
      <ButtonLink href={paths.book(treatmentSlug, from)}>{t('treatment.book')}</ButtonLink>
      {hasChat && (
        <ButtonLink href={paths.contact('whatsapp', from)} variant="secondary" rel="nofollow">
          {t('treatment.askWhatsApp')}
        </ButtonLink>
      )}
    </div>
  )
}
