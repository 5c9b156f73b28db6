// lib/enquiries' entry point: what app/ and the other features (staff) may use. Client components
// import form-fields.ts directly: this file also leads to the database and the mailer.
export {handleEnquiryRequest, type EnquiryRequestOutcome} from './handle-enquiry-request'
export {loadBookingContext, type BookingContext, type TreatmentOption} from './booking-context'
export {issueFormToken} from './form-token'
export {getEnquiryByRef} from './getters'
export {bookingSourcePath} from './source-page'
export {
  EMAIL_MAX_LENGTH,
  FIELD,
  PATIENT_TYPES,
  PREFERRED_DAYS,
  TIMES_OF_DAY,
  type EnquiryFieldName,
  type EnquiryFormState,
} from './form-fields'
export {describePreferredDays} from './compose-email'
export {ENQUIRY_LANGUAGES, enquiryLanguageName, enquiryLocale} from './enquiry-language'
export {notificationStatus, requeueJob, type NotificationStatus} from './outbox'
export {drainOutbox, enquiryTasks, isEmailConfigured, outboxWaiting, stopOutboxSender} from './background'
