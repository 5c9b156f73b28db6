interface Props {
  hours: ReadonlyArray<{
    _key: string
    days: ReadonlyArray<string> | null
    opens: string | null
    closes: string | null
  }>
}

export function OpeningHoursList({hours}: Props) {
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
      {hours.map((slot) => (
        <div key={slot._key} className="contents">
          <dt className="font-medium">{(slot.days ?? []).join(', ')}</dt>
          <dd>{slot.opens && slot.closes ? `${slot.opens} to ${slot.closes}` : 'Closed'}</dd>
        </div>
      ))}
    </dl>
  )
}
