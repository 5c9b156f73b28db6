import {contactTapResponse} from '@/lib/insights'

// The clinic's WhatsApp and phone links pass through here to be counted per page (lib/insights).
export async function GET(request: Request, {params}: {params: Promise<{channel: string}>}) {
  const {channel} = await params
  return contactTapResponse(channel, request)
}
