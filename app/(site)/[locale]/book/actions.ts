'use server'

import {headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {type EnquiryFormState, handleEnquiryRequest} from '@/lib/enquiries'
import {DEFAULT_LOCALE, isLocale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'

/**
 * The booking form's action, bound to the page's edition (`bookingFormAction.bind(null, locale)`).
 * With JavaScript it feeds useActionState. Without, the browser posts to the form POST route
 * first (book/submit), which sends a form it cannot store back here so that Next renders the page
 * again with this state: inline errors and the typed values. A bound argument travels through the
 * browser, so it is checked like any input.
 */
export async function bookingFormAction(
  locale: unknown,
  _previous: EnquiryFormState,
  formData: FormData,
): Promise<EnquiryFormState> {
  const edition = isLocale(locale) ? locale : DEFAULT_LOCALE
  const outcome = await handleEnquiryRequest(formData, await headers(), edition)
  if (outcome.kind === 'not_stored') return outcome.state
  redirect(pathsFor(edition).bookThanks(outcome.publicRef))
}
