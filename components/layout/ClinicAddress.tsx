import type {Settings} from '@/lib/content'

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
      {showMapLink && address.mapUrl && /^https:\/\//.test(address.mapUrl) && (
        <a
          href={address.mapUrl}
          rel="noopener noreferrer"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
        >
          Open in maps
        </a>
      )}
    </div>
  )
}
