'use client'

import {type FormEvent, type ReactNode, startTransition, useActionState, useEffect, useRef} from 'react'
import {
  type EnquiryFieldName,
  type EnquiryFormState,
  ENQUIRY_FIELD_ORDER,
  FIELD,
  initialEnquiryFormState,
  EMAIL_MAX_LENGTH,
  MESSAGE_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
} from '@/lib/enquiries/form-fields'
import type {BookingFormCopy} from './form-copy'
import {boxClass, ChoiceGroup, choiceClass} from './ChoiceGroup'
import {ErrorSummary} from './ErrorSummary'
import {FieldError} from '@/components/ui/FieldError'
import {controlProps, describedBy, type FieldState, focusIfFirst} from './field-props'
import {TextField} from './TextField'

interface Props {
  action: (previous: EnquiryFormState, formData: FormData) => Promise<EnquiryFormState>
  treatments: ReadonlyArray<{slug: string; name: string}>
  preselectedTreatment?: string
  formToken: string
  /** The page of the site the booking link was on; travels in a hidden field, so it works without JavaScript. */
  sourcePath?: string
  purposeNotice: ReactNode
  /** The form's words in the page's language (form-copy.ts). */
  copy: BookingFormCopy
  /** Where the form posts without JavaScript: the POST route of the page's edition. */
  submitPath: string
}

export function BookingForm({action, treatments, preselectedTreatment, formToken, sourcePath, purposeNotice, copy, submitPath}: Props) {
  const [state, formAction, pending] = useActionState(action, initialEnquiryFormState)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const errors = state.fieldErrors
  const values = state.values
  const hasErrors = state.status === 'error'

  useEffect(() => {
    if (state.status !== 'error') return
    const first = ENQUIRY_FIELD_ORDER.find((field) => errors[field])
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
  const fieldsWithErrors = ENQUIRY_FIELD_ORDER.filter((f) => errors[f])
  const fields: FieldState = {errors, firstError: fieldsWithErrors[0], optional: copy.optional}
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
          labels={copy.fieldNames}
          heading={copy.summaryHeadings[fieldsWithErrors.length - 1]}
          formError={state.formError}
        />
      ) : null}

      <TextField state={fields} field="treatment" label={copy.treatmentLabel} optional>
        <select {...controlProps(fields, 'treatment')} defaultValue={treatmentValue}>
          <option value="">{copy.treatmentNone}</option>
          {treatments.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </TextField>

      <TextField state={fields} field="fullName" label={copy.fullNameLabel}>
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
        label={copy.phoneLabel}
        hint={copy.phoneHint}
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

      <TextField state={fields} field="email" label={copy.emailLabel}>
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
        legend={copy.patientTypeLegend}
        type="radio"
        options={copy.patientTypes}
        isChecked={(value) => text('patientType') === value}
        required
        layout="mt-1 flex flex-wrap gap-x-6"
      />

      <ChoiceGroup
        state={fields}
        field="preferredDays"
        legend={copy.preferredDaysLegend}
        optional
        type="checkbox"
        options={copy.days}
        isChecked={(value) => days.includes(value)}
        layout="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4"
      />

      <ChoiceGroup
        state={fields}
        field="timeOfDay"
        legend={copy.timeOfDayLegend}
        type="radio"
        options={copy.times}
        isChecked={(value) => (text('timeOfDay') ?? 'any') === value}
        layout="mt-1 flex flex-wrap gap-x-6"
      />

      <TextField
        state={fields}
        field="message"
        label={copy.messageLabel}
        optional
        hint={copy.messageHint}
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
          <span>{copy.consent}</span>
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
            {copy.marketing}{' '}
            <span className="text-slate-600 dark:text-slate-400">{copy.marketingNote}</span>
          </span>
        </label>
      </div>

      {/* Bots fill every field; people never see this one. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">{copy.honeypot}</label>
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
          // Without JavaScript the browser posts to the edition's POST route (app/(site)/[locale]/book/submit);
          // with it, onSubmit above calls the server action and this attribute is never used.
          formAction={submitPath}
          aria-disabled={pending}
          className="inline-flex min-h-12 items-center justify-center rounded-md bg-brand-700 px-6 py-3 text-base font-semibold text-white hover:bg-brand-800 aria-disabled:opacity-70"
        >
          {pending ? copy.sending : copy.submit}
        </button>
      </div>
    </form>
  )
}
