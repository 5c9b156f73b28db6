import type {Settings} from '@/lib/content'

type Address = NonNullable<Settings['address']>

/** The editor's map link, or else a maps search for the postal address (a Singapore postcode is one building). */
export function mapLinkFor(address: Address): string {
  if (address.mapUrl && /^https:\/\//.test(address.mapUrl)) return address.mapUrl
  const query = [address.street, address.country ?? 'Singapore', address.postalCode]
    .filter(Boolean)
    .join(', ')
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`
}

export function ClinicAddress({settings, showMapLink = true}: {settings: Settings; showMapLink?: boolean}) {
  const address = settings.address
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
        {address.country ?? 'Singapore'} {address.postalCode}
      </address>
      {showMapLink && (
        <a
          href={mapLinkFor(address)}
          rel="noopener noreferrer"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
        >
          Open in maps<span className="sr-only"> (opens the clinic address in a maps site)</span>
        </a>
      )}
    </div>
  )
}
