import type {Kysely} from 'kysely'
import {z} from 'zod'
import {CONTACT_CHANNELS, type ContactChannel, type Database} from '@/lib/platform/database/schema'
import {toSingaporeDay} from '@/lib/singapore-time'
import {GENERIC_WHATSAPP_TEXT, whatsappChatUrl} from '@/lib/whatsapp'

export const contactChannelSchema = z.enum(CONTACT_CHANNELS)

/**
 * Counts one tap on a contact link: one more for this page, channel and Singapore day. Nothing
 * else is written: no address, cookie, time of day or device.
 */
export async function countContactTap(
  db: Kysely<Database>,
  {channel, page, now = new Date()}: {channel: ContactChannel; page: string | undefined; now?: Date},
): Promise<void> {
  await db
    .insertInto('contact_tap_counts')
    .values({day: toSingaporeDay(now)!, page: page ?? '', channel, taps: 1})
    .onConflict((oc) =>
      oc.columns(['day', 'page', 'channel']).doUpdateSet((eb) => ({taps: eb('contact_tap_counts.taps', '+', 1)})),
    )
    .execute()
}

/**
 * Where a tap goes, built from the clinic's settings only (never from the request, so the route
 * cannot send anyone elsewhere); null when the clinic has no such number.
 */
export function contactTarget(
  channel: ContactChannel,
  settings: {phone?: string | null; whatsapp?: string | null},
): string | null {
  if (channel === 'whatsapp') return whatsappChatUrl(settings.whatsapp, GENERIC_WHATSAPP_TEXT)
  const digits = (settings.phone ?? '').replace(/[^\d+]/g, '')
  return digits.replace(/\D/g, '').length >= 6 ? `tel:${digits}` : null
}
