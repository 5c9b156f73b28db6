import 'server-only'
import {getDatabase} from '@/lib/platform/database/db'
import {getEnquiryDetail, type InboxFilters, listEnquiries, listSourcePaths} from './inbox'

// What the staff pages read, each getter opening the configured database itself, so a page never
// holds a database handle.

const ENQUIRY_ID = /^[0-9a-f-]{36}$/

/** One page of the staff inbox with its true total. */
export async function listInbox(filters: InboxFilters, page: number) {
  const {db} = await getDatabase()
  return listEnquiries(db, filters, {page})
}

/** The pages enquiries came from, for the inbox's source filter. */
export async function getInboxSources() {
  const {db} = await getDatabase()
  return listSourcePaths(db)
}

/** Everything the staff enquiry page shows: the enquiry, its corrections, jobs and audit trail. */
export async function getEnquiryForStaff(id: string) {
  if (!ENQUIRY_ID.test(id)) return undefined
  const {db} = await getDatabase()
  return getEnquiryDetail(db, id)
}
