'use client'

import {type FormEvent, type ReactNode, startTransition, useActionState, useEffect, useRef} from 'react'
import {
  type EnquiryFieldName,
  type EnquiryFormState,
  FIELD,
  initialEnquiryFormState,
  EMAIL_MAX_LENGTH,
  MESSAGE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  PATIENT_TYPES,
  PREFERRED_DAYS,
  TIMES_OF_DAY,
} from '@/lib/enquiries/form-fields'
import {boxClass, ChoiceGroup, choiceClass} from './ChoiceGroup'
import {ErrorSummary} from './ErrorSummary'
import {FieldError} from '@/components/ui/FieldError'
import {controlProps, describedBy, type FieldState, focusIfFirst} from './field-props'
import {TextField} from './TextField'
import {paths} from '@/lib/routes/paths'

interface Props {
  action: (previous: EnquiryFormState, formData: FormData) => Promise<EnquiryFormState>
  treatments: ReadonlyArray<{slug: string; name: string}>
  preselectedTreatment?: string
  formToken: string
  /** The page of the site the booking link was on; travels in a hidden field, so it works without JavaScript. */
  sourcePath?: string
  purposeNotice: ReactNode
}

const FIELD_ORDER: EnquiryFieldName[] = [
  'treatment',
  'fullName',
  'phone',
  'email',
  'patientType',
  'preferredDays',
  'timeOfDay',
  'message',
  'consent',
  'marketingOptIn',
]

const FIELD_LABELS: Record<EnquiryFieldName, string> = {
  treatment: 'Treatment',
  fullName: 'Full name',
  phone: 'Mobile number',
  email: 'Email',
  patientType: 'New or returning',
  preferredDays: 'Preferred days',
  timeOfDay: 'Time of day',
  message: 'Message',
  consent: 'Consent',
  marketingOptIn: 'Clinic news',
}

export function BookingForm({action, treatments, preselectedTreatment, formToken, sourcePath, purposeNotice}: Props) {
  const [state, formAction, pending] = useActionState(action, initialEnquiryFormState)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const errors = state.fieldErrors
  const values = state.values
  const hasErrors = state.status === 'error'

  useEffect(() => {
    if (state.status !== 'error') return
    const first = FIELD_ORDER.find((field) => errors[field])
    const target = first
      ? formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)
      : summaryRef.current
    target?.focus()
  }, [state, errors])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Dispatching the action ourselves stops React from resetting the form afterwards (which
    // sets a <select> back to its first option).
    event.preventDefault()
    if (pending) return
    const formData = new FormData(event.currentTarget)
    startTransition(() => formAction(formData))
  }

  const text = (field: EnquiryFieldName) => {
    const value = values[field]
    return typeof value === 'string' ? value : undefined
  }
  const days = Array.isArray(values.preferredDays) ? values.preferredDays : []
  const treatmentValue = hasErrors ? (text('treatment') ?? '') : (preselectedTreatment ?? '')
  const fieldsWithErrors = FIELD_ORDER.filter((f) => errors[f])
  const fields: FieldState = {errors, firstError: fieldsWithErrors[0]}
  // A form sent back with errors (without JavaScript, through /book/submit) keeps its source page.
  const keptSource = (values as Record<string, unknown>)[FIELD.source]
  const source = typeof keptSource === 'string' && keptSource ? keptSource : sourcePath

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-7">
      {hasErrors ? (
        <ErrorSummary
          ref={summaryRef}
          fields={fieldsWithErrors}
          errors={errors}
          labels={FIELD_LABELS}
          formError={state.formError}
        />
      ) : null}

      <TextField state={fields} field="treatment" label="Treatment of interest" optional>
        <select {...controlProps(fields, 'treatment')} defaultValue={treatmentValue}>
          <option value="">Not sure yet, I would like advice</option>
          {treatments.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </TextField>

      <TextField state={fields} field="fullName" label="Full name">
        <input
          {...controlProps(fields, 'fullName')}
          type="text"
          autoComplete="name"
          required
          maxLength={NAME_MAX_LENGTH}
          defaultValue={text('fullName')}
        />
      </TextField>

      <TextField
        state={fields}
        field="phone"
        label="Mobile number"
        hint="Singapore numbers need no country code, for example 9123 4567. Include the country code for other countries."
      >
        <input
          {...controlProps(fields, 'phone', {hint: true})}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          maxLength={PHONE_MAX_LENGTH}
          defaultValue={text('phone')}
        />
      </TextField>

      <TextField state={fields} field="email" label="Email">
        <input
          {...controlProps(fields, 'email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          maxLength={EMAIL_MAX_LENGTH}
          defaultValue={text('email')}
        />
      </TextField>

      <ChoiceGroup
        state={fields}
        field="patientType"
        legend="Have you visited us before?"
        type="radio"
        options={PATIENT_TYPES}
        isChecked={(value) => text('patientType') === value}
        required
        layout="mt-1 flex flex-wrap gap-x-6"
      />

      <ChoiceGroup
        state={fields}
        field="preferredDays"
        legend="Preferred days"
        optional
        type="checkbox"
        options={PREFERRED_DAYS}
        isChecked={(value) => days.includes(value)}
        layout="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4"
      />

      <ChoiceGroup
        state={fields}
        field="timeOfDay"
        legend="Preferred time of day"
        type="radio"
        options={TIMES_OF_DAY}
        isChecked={(value) => (text('timeOfDay') ?? 'any') === value}
        layout="mt-1 flex flex-wrap gap-x-6"
      />

      <TextField
        state={fields}
        field="message"
        label="Message"
        optional
        hint={`Up to ${MESSAGE_MAX_LENGTH.toLocaleString('en-SG')} characters. Please leave out NRIC or passport numbers and detailed medical history.`}
      >
        <textarea
          {...controlProps(fields, 'message', {hint: true})}
          rows={5}
          maxLength={MESSAGE_MAX_LENGTH}
          defaultValue={text('message')}
        />
      </TextField>

      <div id="consent-field" className="space-y-2">
        <label className={`${choiceClass} items-start py-2`}>
          <input
            type="checkbox"
            name={FIELD.consent}
            data-field="consent"
            {...focusIfFirst(fields, 'consent')}
            required
            defaultChecked={text('consent') === 'on'}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy(fields, 'consent')}
            className={`${boxClass} mt-0.5`}
          />
          <span>I agree that the clinic may contact me by phone, WhatsApp or email about this enquiry.</span>
        </label>
        <FieldError id="consent-error" message={errors.consent} />
        <label className={`${choiceClass} items-start py-2`}>
          <input
            type="checkbox"
            name={FIELD.marketingOptIn}
            data-field="marketingOptIn"
            {...focusIfFirst(fields, 'marketingOptIn')}
            defaultChecked={text('marketingOptIn') === 'on'}
            className={`${boxClass} mt-0.5`}
          />
          <span>
            Also send me clinic news by email.{' '}
            <span className="text-slate-600 dark:text-slate-400">
              (Optional; you can stop these at any time.)
            </span>
          </span>
        </label>
      </div>

      {/* Bots fill every field; people never see this one. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input
          id="website"
          name={FIELD.honeypot}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <input type="hidden" name={FIELD.formToken} value={state.formToken ?? formToken} readOnly />
      {source ? <input type="hidden" name={FIELD.source} value={source} readOnly /> : null}

      <div className="space-y-4 border-t border-slate-200 pt-6 dark:border-slate-700">
        {purposeNotice}
        {hasErrors && state.formError && fieldsWithErrors.length > 0 ? (
          <p className="font-medium text-red-700 dark:text-red-300">{state.formError}</p>
        ) : null}
        <button
          type="submit"
          // Without JavaScript the browser posts here (see app/(site)/book/submit/route.ts);
          // with it, onSubmit above calls the server action and this attribute is never used.
          formAction={paths.bookSubmit()}
          aria-disabled={pending}
          className="inline-flex min-h-12 items-center justify-center rounded-md bg-brand-700 px-6 py-3 text-base font-semibold text-white hover:bg-brand-800 aria-disabled:opacity-70"
        >
          {pending ? 'Sending…' : 'Send enquiry'}
        </button>
      </div>
    </form>
  )
}
