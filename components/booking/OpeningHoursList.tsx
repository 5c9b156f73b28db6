interface Props {
  hours: ReadonlyArray<{
    _key: string
    days: ReadonlyArray<string> | null
    opens: string | null
    closes: string | null
  }>
  /** "Closed", in the page's language. */
  closed: string
  /** "09:00 to 18:00", in the page's language. */
  range: (opens: string, closes: string) => string
  /** The settings store English day names ("Monday"); this gives the page's name for one. */
  dayName: (day: string) => string
  /** Between day names: ", " or "、". */
  separator: string
}

export function OpeningHoursList({hours, closed, range, dayName, separator}: Props) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
      {hours.map((slot) => (
        <div key={slot._key} className="contents">
          <dt className="font-medium">{(slot.days ?? []).map(dayName).join(separator)}</dt>
          <dd>{slot.opens && slot.closes ? range(slot.opens, slot.closes) : closed}</dd>
        </div>
      ))}
    </dl>
  )
}
