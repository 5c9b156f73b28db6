import type {Settings} from '@/lib/content'
import {DateTime} from '@/components/ui/DateTime'
import {formatDays, formatTime, upcomingClosures} from './opening-hours'

export function OpeningHours({settings, closureLimit = 3}: {settings: Settings; closureLimit?: number}) {
  const closures = upcomingClosures(settings.closures).slice(0, closureLimit)
  return (
    <div>
      <dl className="space-y-2">
        {(settings.openingHours ?? []).map((slot) => (
          <div key={slot._key}>
            <dt className="font-medium">{formatDays(slot.days)}</dt>
            <dd className="tabular-nums">
              {formatTime(slot.opens)} to {formatTime(slot.closes)}
            </dd>
          </div>
        ))}
      </dl>
      {closures.length > 0 && (
        <div className="mt-3">
          <p className="font-medium">Closed on</p>
          <ul className="mt-1 space-y-1">
            {closures.map((closure) => (
              <li key={closure._key}>
                <DateTime value={closure.date} />
                {closure.label ? `: ${closure.label}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
