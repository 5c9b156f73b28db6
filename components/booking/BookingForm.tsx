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
  PATIENT_TYPES,
  PREFERRED_DAYS,
  TIMES_OF_DAY,
} from '@/lib/enquiries/form-fields'
import {inputClass} from '@/components/ui/input-class'
import {FieldError} from './FieldError'
import {paths} from '@/lib/routes/paths'

interface Props {
  action: (previous: EnquiryFormState, formData: FormData) => Promise<EnquiryFormState>
  treatments: ReadonlyArray<{slug: string; name: string}>
  preselectedTreatment?: string
  formToken: string
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

const choiceClass = 'flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2'
const boxClass = 'size-5 shrink-0 accent-brand-700'

export function BookingForm({action, treatments, preselectedTreatment, formToken, purposeNotice}: Props) {
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
  const describedBy = (field: EnquiryFieldName, hint?: boolean) =>
    [hint ? `${field}-hint` : '', errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  const days = Array.isArray(values.preferredDays) ? values.preferredDays : []
  const submittedBefore = hasErrors
  const treatmentValue = submittedBefore ? (text('treatment') ?? '') : (preselectedTreatment ?? '')
  const errorCount = FIELD_ORDER.filter((f) => errors[f]).length
  // Without JavaScript the server-rendered page puts the cursor in the first field to fix.
  const firstError = FIELD_ORDER.find((f) => errors[f])
  const focusFirst = (field: EnquiryFieldName) => (firstError === field ? {autoFocus: true} : {})

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-8 space-y-7">
      {hasErrors ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {errorCount > 0 ? (
            <>
              <h2 className="font-semibold">
                Please check {errorCount === 1 ? 'one answer' : `${errorCount} answers`} below
              </h2>
              <ul className="mt-2 list-disc pl-5">
                {FIELD_ORDER.filter((f) => errors[f]).map((field) => (
                  <li key={field}>
                    <a href={`#${field}-field`} className="underline">
                      {FIELD_LABELS[field]}: {errors[field]}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="font-semibold">{state.formError}</p>
          )}
        </div>
      ) : null}

      <div id="treatment-field">
        <label htmlFor="treatment" className="block font-medium">
          Treatment of interest{' '}
          <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
        </label>
        <select
          id="treatment"
          name={FIELD.treatment}
          data-field="treatment"
          {...focusFirst('treatment')}
          defaultValue={treatmentValue}
          aria-invalid={errors.treatment ? true : undefined}
          aria-describedby={describedBy('treatment')}
          className={inputClass}
        >
          <option value="">Not sure yet, I would like advice</option>
          {treatments.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
        <FieldError id="treatment-error" message={errors.treatment} />
      </div>

      <div id="fullName-field">
        <label htmlFor="fullName" className="block font-medium">
          Full name
        </label>
        <input
          id="fullName"
          name={FIELD.fullName}
          data-field="fullName"
          {...focusFirst('fullName')}
          type="text"
          autoComplete="name"
          required
          maxLength={NAME_MAX_LENGTH}
          defaultValue={text('fullName')}
          aria-invalid={errors.fullName ? true : undefined}
          aria-describedby={describedBy('fullName')}
          className={inputClass}
        />
        <FieldError id="fullName-error" message={errors.fullName} />
      </div>

      <div id="phone-field">
        <label htmlFor="phone" className="block font-medium">
          Mobile number
        </label>
        <p id="phone-hint" className="text-sm text-slate-600 dark:text-slate-400">
          Singapore numbers need no country code, for example 9123 4567. Include the country code for other
          countries.
        </p>
        <input
          id="phone"
          name={FIELD.phone}
          data-field="phone"
          {...focusFirst('phone')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          maxLength={30}
          defaultValue={text('phone')}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={describedBy('phone', true)}
          className={inputClass}
        />
        <FieldError id="phone-error" message={errors.phone} />
      </div>

      <div id="email-field">
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input
          id="email"
          name={FIELD.email}
          data-field="email"
          {...focusFirst('email')}
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          maxLength={EMAIL_MAX_LENGTH}
          defaultValue={text('email')}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email')}
          className={inputClass}
        />
        <FieldError id="email-error" message={errors.email} />
      </div>

      <fieldset id="patientType-field" aria-describedby={describedBy('patientType')}>
        <legend className="font-medium">Have you visited us before?</legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {PATIENT_TYPES.map((option, index) => (
            <label key={option.value} className={choiceClass}>
              <input
                type="radio"
                name={FIELD.patientType}
                value={option.value}
                data-field={index === 0 ? 'patientType' : undefined}
                {...(index === 0 ? focusFirst('patientType') : {})}
                required
                defaultChecked={text('patientType') === option.value}
                className={boxClass}
              />
              {option.label}
            </label>
          ))}
        </div>
        <FieldError id="patientType-error" message={errors.patientType} />
      </fieldset>

      <fieldset id="preferredDays-field" aria-describedby={describedBy('preferredDays')}>
        <legend className="font-medium">
          Preferred days <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
        </legend>
        <div className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-4">
          {PREFERRED_DAYS.map((day, index) => (
            <label key={day.value} className={choiceClass}>
              <input
                type="checkbox"
                name={FIELD.preferredDays}
                value={day.value}
                data-field={index === 0 ? 'preferredDays' : undefined}
                {...(index === 0 ? focusFirst('preferredDays') : {})}
                defaultChecked={days.includes(day.value)}
                className={boxClass}
              />
              {day.label}
            </label>
          ))}
        </div>
        <FieldError id="preferredDays-error" message={errors.preferredDays} />
      </fieldset>

      <fieldset id="timeOfDay-field" aria-describedby={describedBy('timeOfDay')}>
        <legend className="font-medium">Preferred time of day</legend>
        <div className="mt-1 flex flex-wrap gap-x-6">
          {TIMES_OF_DAY.map((option, index) => (
            <label key={option.value} className={choiceClass}>
              <input
                type="radio"
                name={FIELD.timeOfDay}
                value={option.value}
                data-field={index === 0 ? 'timeOfDay' : undefined}
                {...(index === 0 ? focusFirst('timeOfDay') : {})}
                defaultChecked={(text('timeOfDay') ?? 'any') === option.value}
                className={boxClass}
              />
              {option.label}
            </label>
          ))}
        </div>
        <FieldError id="timeOfDay-error" message={errors.timeOfDay} />
      </fieldset>

      <div id="message-field">
        <label htmlFor="message" className="block font-medium">
          Message <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
        </label>
        <p id="message-hint" className="text-sm text-slate-600 dark:text-slate-400">
          Up to {MESSAGE_MAX_LENGTH.toLocaleString('en-SG')} characters. Please leave out NRIC or passport
          numbers and detailed medical history.
        </p>
        <textarea
          id="message"
          name={FIELD.message}
          data-field="message"
          {...focusFirst('message')}
          rows={5}
          maxLength={MESSAGE_MAX_LENGTH}
          defaultValue={text('message')}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', true)}
          className={inputClass}
        />
        <FieldError id="message-error" message={errors.message} />
      </div>

      <div id="consent-field" className="space-y-2">
        <label className={`${choiceClass} items-start py-2`}>
          <input
            type="checkbox"
            name={FIELD.consent}
            data-field="consent"
            {...focusFirst('consent')}
            required
            defaultChecked={text('consent') === 'on'}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy('consent')}
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
            {...focusFirst('marketingOptIn')}
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

      <div className="space-y-4 border-t border-slate-200 pt-6 dark:border-slate-700">
        {purposeNotice}
        {hasErrors && state.formError && errorCount > 0 ? (
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
