import type {Settings} from '@/lib/content'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {paths} from '@/lib/routes/paths'

const linkClass =
  'inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white'

/**
 * Phone, WhatsApp and email: the same three ways to reach the clinic wherever they appear. Phone
 * and WhatsApp go through the site's counter (/go/...), which counts the tap for the page it was on
 * (`from`, else the Referer) and sends the browser on to tel: or wa.me.
 */
export function ContactLinks({settings, from, locale = DEFAULT_LOCALE}: {settings: Settings; from?: string; locale?: Locale}) {
  const t = siteText(locale)
  const whatsapp = whatsappChatUrl(settings.whatsapp, GENERIC_WHATSAPP_TEXT)
  return (
    <ul className="space-y-0">
      {settings.phone && (
        <li>
          <span className="sr-only">{t('contact.phoneLabel')}</span>
          <a className={linkClass} href={paths.contact('phone', from)} rel="nofollow">
            {t('contact.call', {phone: settings.phone})}
          </a>
        </li>
      )}
      {whatsapp && (
        <li>
          <a className={linkClass} href={paths.contact('whatsapp', from)} rel="nofollow">
            {t('contact.whatsapp', {number: settings.whatsapp ?? ''})}
          </a>
        </li>
      )}
      {settings.email && (
        <li>
          <a className={linkClass} href={`mailto:${settings.email}`}>
            {settings.email}
          </a>
        </li>
      )}
    </ul>
  )
}
