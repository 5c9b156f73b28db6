import type {ReactNode} from 'react'
import type {EnquiryFieldName} from '@/lib/enquiries/form-fields'
import {FieldError} from '@/components/ui/FieldError'
import type {FieldState} from './field-props'

/** A labelled control with its hint and error; the control itself comes from `controlProps`. */
export function TextField({
  state,
  field,
  label,
  optional = false,
  hint,
  children,
}: {
  state: FieldState
  field: EnquiryFieldName
  label: string
  optional?: boolean
  hint?: ReactNode
  children: ReactNode
}) {
  return (
    <div id={`${field}-field`}>
      <label htmlFor={field} className="block font-medium">
        {label}
        {optional ? (
          <>
            {' '}
            <span className="font-normal text-slate-600 dark:text-slate-400">{state.optional}</span>
          </>
        ) : null}
      </label>
      {hint ? (
        <p id={`${field}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${field}-error`} message={state.errors[field]} />
    </div>
  )
}
