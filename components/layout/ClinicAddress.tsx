import type {Settings} from '@/lib/content'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

type Address = NonNullable<Settings['address']>

/** The editor's map link, or else a maps search for the postal address (a Singapore postcode is one building). */
export function mapLinkFor(address: Address): string {
  if (address.mapUrl && /^https:\/\//.test(address.mapUrl)) return address.mapUrl
  const query = [address.street, address.country ?? 'Singapore', address.postalCode]
    .filter(Boolean)
    .join(', ')
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}

export function ClinicAddress({settings, showMapLink = true, locale = DEFAULT_LOCALE}: {settings: Settings; showMapLink?: boolean; locale?: Locale}) {
  const address = settings.address
  const t = siteText(locale)
  if (!address) return null
  return (
    <div>
      <address className="not-italic">
        {address.street}
        {address.unit ? (
          <>
            <br />
            {address.unit}
          </>
        ) : null}
        <br />
        {address.country ?? t('contact.singapore')} {address.postalCode}
      </address>
      {showMapLink && (
        <a
          href={mapLinkFor(address)}
          rel="noopener noreferrer"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
        >
          {t('contact.openInMaps')}<span className="sr-only">{t('contact.openInMapsHint')}</span>
        </a>
      )}
    </div>
  )
}
