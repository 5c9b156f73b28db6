import 'server-only'
import {findEnquiryByRef} from './create-enquiry'
import {getEnquiryDb} from './db'
import {getEnquiryDetail, type InboxFilters, listEnquiries} from './inbox'

// What pages read about enquiries, each getter opening the configured database itself, so a page
// never holds a database handle (as lib/content's getters never expose the content source).

// The shape of create-enquiry.ts's references: two groups of five capitals and digits.
const PUBLIC_REF = /^[A-Z2-9]{5}-[A-Z2-9]{5}$/
const ENQUIRY_ID = /^[0-9a-f-]{36}$/

/** The patient's confirmation page: the stored enquiry with this reference, if the value is one. */
export async function getEnquiryByRef(ref: unknown) {
  if (typeof ref !== 'string' || !PUBLIC_REF.test(ref)) return undefined
  const {db} = await getEnquiryDb()
  return findEnquiryByRef(db, ref)
}

/** One page of the staff inbox with its true total. */
export async function listInbox(filters: InboxFilters, page: number) {
  const {db} = await getEnquiryDb()
  return listEnquiries(db, filters, {page})
}

/** Everything the staff enquiry page shows: the enquiry, its corrections, jobs and audit trail. */
export async function getEnquiryForStaff(id: string) {
  if (!ENQUIRY_ID.test(id)) return undefined
  const {db} = await getEnquiryDb()
  return getEnquiryDetail(db, id)
}
