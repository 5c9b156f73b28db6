import 'server-only'
import {getDatabase} from '@/lib/platform/database/db'
import {readEnquiryInsights} from './aggregates'

/** The insights page's figures, from the configured database. */
export async function getEnquiryInsights(now = new Date()) {
  const {db} = await getDatabase()
  return readEnquiryInsights(db, {now})
}
