import type {Settings} from '@/lib/content'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'
import {paths} from '@/lib/routes/paths'

const linkClass =
  'inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white'

/**
 * Phone, WhatsApp and email: the same three ways to reach the clinic wherever they appear. Phone
 * and WhatsApp go through the site's counter (/go/...), which counts the tap for the page it was on
 * (`from`, else the Referer) and sends the browser on to tel: or wa.me.
 */
export function ContactLinks({settings, from}: {settings: Settings; from?: string}) {
  const whatsapp = whatsappChatUrl(settings.whatsapp, GENERIC_WHATSAPP_TEXT)
  return (
    <ul className="space-y-0">
      {settings.phone && (
        <li>
          <span className="sr-only">Phone: </span>
          <a className={linkClass} href={paths.contact('phone', from)} rel="nofollow">
            Call {settings.phone}
          </a>
        </li>
      )}
      {whatsapp && (
        <li>
          <a className={linkClass} href={paths.contact('whatsapp', from)} rel="nofollow">
            WhatsApp {settings.whatsapp}
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
