// lib/staff's entry point: who may sign in, their sessions, and the inbox they work in.
export {getCurrentStaff, requireStaff, signIn, signOut} from './auth'
export {attemptStaffLogin} from './login-throttle'
export {validatedActionWithStaff} from './validated-staff-action'
export type {StaffUser} from './accounts'
export {
  addEnquiryNote,
  changeEnquiryStatus,
  countEnquiries,
  deleteEnquiry,
  eachEnquiryBatch,
  INBOX_PAGE_SIZE,
  inboxFiltersQuery,
  inboxPageSchema,
  listSourcePaths,
  parseInboxFilters,
  recordAudit,
  type EnquiryDetail,
  type InboxFilters,
  type InboxItem,
  type RelatedEnquiry,
} from './inbox'
export {CSV_HEADER, csvCell, enquiryCsvLine, type SourceTitles} from './inbox-csv'
export {getEnquiryForStaff, getInboxSources, listInbox} from './inbox-getters'
export {staffHousekeepingTask} from './housekeeping'
export {sessionCookieOptions} from './auth'
export {DEVICE_COOKIE_MAX_AGE_SECONDS, deviceCookieName} from './trusted-device'
export {STAFF_ALERTS, staffAlertMessage, type StaffAlertCode} from './alert-messages'
export {deleteSchema, idSchema, loginSchema, noteSchema, retrySchema, statusSchema} from './staff-forms'
