import type {TreatmentCard as TreatmentCardData} from '@/lib/content'
import {TreatmentCard} from '@/components/treatments/TreatmentCard'

export function TreatmentDetails({treatments, from}: {treatments: TreatmentCardData[]; from?: string}) {
  if (treatments.length === 0) return null
  return (
    <section aria-labelledby="treatment-details" className="mt-12">
      <h2
        id="treatment-details"
        className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white"
      >
        Treatment details
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        A doctor assesses your skin at a consultation before recommending any treatment.
      </p>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {treatments.map((treatment) => (
          <li key={treatment._id} className="flex">
            <TreatmentCard treatment={treatment} from={from} />
          </li>
        ))}
      </ul>
    </section>
  )
}
