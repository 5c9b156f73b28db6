import {type EnquiryFieldName, FIELD} from '@/lib/enquiries/form-fields'
import {FieldError} from '@/components/ui/FieldError'
import {describedBy, type FieldState, focusIfFirst} from './field-props'

export const choiceClass = 'flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2'
export const boxClass = 'size-5 shrink-0 accent-brand-700'

/**
 * Radio buttons or checkboxes under one legend. The first option carries the field's name for the
 * error summary's focus, as a group has no single control.
 */
export function ChoiceGroup({
  state,
  field,
  legend,
  optional = false,
  type,
  options,
  isChecked,
  required,
  layout,
}: {
  state: FieldState
  field: EnquiryFieldName
  legend: string
  optional?: boolean
  type: 'radio' | 'checkbox'
  options: ReadonlyArray<{value: string; label: string}>
  isChecked: (value: string) => boolean
  required?: boolean
  /** Classes of the box that lays the options out. */
  layout: string
}) {
  return (
    <fieldset id={`${field}-field`} aria-describedby={describedBy(state, field)}>
      <legend className="font-medium">
        {legend}
        {optional ? (
          <>
            {' '}
            <span className="font-normal text-slate-600 dark:text-slate-400">{state.optional}</span>
          </>
        ) : null}
      </legend>
      <div className={layout}>
        {options.map((option, index) => (
          <label key={option.value} className={choiceClass}>
            <input
              type={type}
              name={FIELD[field]}
              value={option.value}
              data-field={index === 0 ? field : undefined}
              {...(index === 0 ? focusIfFirst(state, field) : {})}
              required={required}
              defaultChecked={isChecked(option.value)}
              className={boxClass}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${field}-error`} message={state.errors[field]} />
    </fieldset>
  )
}
