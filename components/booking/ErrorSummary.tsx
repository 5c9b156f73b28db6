import type {Ref} from 'react'
import type {EnquiryFieldName} from '@/lib/enquiries/form-fields'

/**
 * The box at the top of a form sent back with errors: each answer to check, linked to its field,
 * or the form-wide message when no single field is at fault. It takes the focus (role alert) so a
 * screen reader announces it.
 */
export function ErrorSummary({
  ref,
  fields,
  errors,
  labels,
  heading,
  formError,
}: {
  ref: Ref<HTMLDivElement>
  /** The fields with an error, in the order they appear. */
  fields: EnquiryFieldName[]
  errors: Partial<Record<EnquiryFieldName, string>>
  labels: Record<EnquiryFieldName, string>
  /** "Please check 2 answers below", in the form's language. */
  heading?: string
  formError?: string
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100"
    >
      {fields.length > 0 ? (
        <>
          <h2 className="font-semibold">{heading}</h2>
          <ul className="mt-2 list-disc pl-5">
            {fields.map((field) => (
              <li key={field}>
                <a href={`#${field}-field`} className="underline">
                  {labels[field]}: {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="font-semibold">{formError}</p>
      )}
    </div>
  )
}
