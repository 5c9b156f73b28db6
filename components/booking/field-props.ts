import {inputClass} from '@/components/ui/input-class'
import {type EnquiryFieldName, FIELD} from '@/lib/enquiries/form-fields'

/** What every field of the form needs to know about the last answer: its errors, and which to fix first. */
export type FieldState = {
  errors: Partial<Record<EnquiryFieldName, string>>
  /** Without JavaScript the server-rendered page puts the cursor in the first field to fix. */
  firstError?: EnquiryFieldName
  /** The "(optional)" after a label, in the form's language. */
  optional: string
}

export function describedBy(state: FieldState, field: EnquiryFieldName, hint = false): string | undefined {
  return [hint ? `${field}-hint` : '', state.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined
}

export function focusIfFirst(state: FieldState, field: EnquiryFieldName): {autoFocus?: true} {
  return state.firstError === field ? {autoFocus: true} : {}
}

/** The attributes a text input, select or textarea takes for `field`. */
export function controlProps(state: FieldState, field: EnquiryFieldName, {hint = false} = {}) {
  return {
    id: field,
    name: FIELD[field],
    'data-field': field,
    ...focusIfFirst(state, field),
    'aria-invalid': state.errors[field] ? true : undefined,
    'aria-describedby': describedBy(state, field, hint),
    className: inputClass,
  }
}
