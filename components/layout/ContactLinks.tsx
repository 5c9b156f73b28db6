import type {Settings} from '@/lib/content'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'

const linkClass =
  'inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900 dark:text-brand-100 dark:hover:text-white'

/** Phone, WhatsApp and email: the same three ways to reach the clinic wherever they appear. */
export function ContactLinks({settings}: {settings: Settings}) {
  const whatsapp = whatsappChatUrl(settings.whatsapp, GENERIC_WHATSAPP_TEXT)
  return (
    <ul className="space-y-0">
      {settings.phone && (
        <li>
          <span className="sr-only">Phone: </span>
          <a className={linkClass} href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>
            Call {settings.phone}
          </a>
        </li>
      )}
      {whatsapp && (
        <li>
          <a className={linkClass} href={whatsapp} rel="noopener noreferrer">
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
