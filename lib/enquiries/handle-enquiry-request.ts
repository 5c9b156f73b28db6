import 'server-only'
import {after} from 'next/server'
import {env} from '@/lib/platform/env'
import {log} from '@/lib/platform/log'
import {drainOutbox} from './background'
import {loadBookingContext} from './booking-context'
import {clientIpFrom} from '@/lib/platform/http/client-ip'
import {getDatabase} from '@/lib/platform/database/db'
import {type EnquiryFormState, FIELD} from './form-fields'
import {readEnquiryForm} from './form-schema'
import {getSessionSecret} from '@/lib/platform/session-secret'
import {validateAndStoreEnquiry, type SubmissionOutcome} from './validate-and-store-enquiry'
import {keptValues} from '@/lib/platform/forms/validated-action'
import {requestSourcePath} from './source-page'
import {bookingText} from './booking-text'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'

export type EnquiryRequestOutcome =
  | {kind: 'stored'; publicRef: string}
  /** Nothing was stored: the state says why and keeps what the person typed. */
  | {kind: 'not_stored'; state: EnquiryFormState}

/**
 * The request around one booking-form submission, whichever way it arrived (the server action or
 * the form POST route): gathers what validateAndStoreEnquiry needs (database, treatments, client
 * address, limits), logs the outcome, and sends the email after the response. `locale`: the
 * edition of the form (from the route), for its error messages and stored with the enquiry.
 */
export async function handleEnquiryRequest(
  formData: FormData,
  requestHeaders: Headers,
  locale: Locale = DEFAULT_LOCALE,
): Promise<EnquiryRequestOutcome> {
  let outcome: SubmissionOutcome
  try {
    const [{db}, {treatments}] = await Promise.all([getDatabase(), loadBookingContext()])
    const config = env()
    outcome = await validateAndStoreEnquiry(formData, {
      db,
      secret: getSessionSecret(),
      clientIp: clientIpFrom(requestHeaders),
      treatments,
      rateLimit: config.ENQUIRY_RATE_LIMIT,
      rateWindowSeconds: config.ENQUIRY_RATE_WINDOW_SECONDS,
      siteLimitPerMinute: config.ENQUIRY_SITE_LIMIT_PER_MINUTE,
      minFillSeconds: config.ENQUIRY_MIN_FILL_SECONDS,
      sendPatientAcknowledgement: config.ENQUIRY_SEND_ACKNOWLEDGEMENT,
      refererSourcePath: requestSourcePath(requestHeaders),
      locale,
    })
  } catch (error) {
    // Nothing was stored, so nothing may look like success: the person keeps what they typed.
    log.error('enquiry.store_failed', {error})
    return {
      kind: 'not_stored',
      state: {
        status: 'error',
        fieldErrors: {},
        values: keptValues(readEnquiryForm(formData)),
        formToken: String(formData.get(FIELD.formToken) ?? '') || undefined,
        formError: bookingText(locale)('formErrors.storeFailed'),
      },
    }
  }
  if (outcome.kind === 'rejected') {
    if (outcome.reason !== 'invalid') log.info('enquiry.rejected', {reason: outcome.reason})
    return {kind: 'not_stored', state: outcome.state}
  }
  if (outcome.created) log.info('enquiry.stored', {enquiryId: outcome.id, supersedesId: outcome.supersedesId})
  // The email goes out after the response; the enquiry is already safe in the database.
  after(() => drainOutbox())
  return {kind: 'stored', publicRef: outcome.publicRef}
}
