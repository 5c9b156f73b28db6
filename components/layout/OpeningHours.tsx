import type {Settings} from '@/lib/content'
import {DateTime} from '@/components/ui/DateTime'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {formatDays, formatTime, upcomingClosures} from './opening-hours'

export function OpeningHours({settings, closureLimit = 3, locale = DEFAULT_LOCALE}: {settings: Settings; closureLimit?: number; locale?: Locale}) {
  const t = siteText(locale)
  const dayName = (day: string) => (t.has(`hours.days.${day}` as 'hours.days.Monday') ? t(`hours.days.${day}` as 'hours.days.Monday') : day)
  const closures = upcomingClosures(settings.closures).slice(0, closureLimit)
  return (
    <div>
      <dl className="space-y-2">
        {(settings.openingHours ?? []).map((slot) => (
          <div key={slot._key}>
            <dt className="font-medium">{formatDays(slot.days, {dayName, range: (first, last) => t('hours.daysRange', {first, last})})}</dt>
            <dd className="tabular-nums">
              {t('hours.range', {opens: formatTime(slot.opens), closes: formatTime(slot.closes)})}
            </dd>
          </div>
        ))}
      </dl>
      {closures.length > 0 && (
        <div className="mt-3">
          <p className="font-medium">{t('hours.closedOn')}</p>
          <ul className="mt-1 space-y-1">
            {closures.map((closure) => (
              <li key={closure._key}>
                <DateTime value={closure.date} locale={locale} />
                {closure.label ? `: ${closure.label}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
