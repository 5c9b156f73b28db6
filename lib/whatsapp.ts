/**
 * A WhatsApp click-to-chat link, or null when the clinic's number is missing or too short to be one
 * (wa.me wants the digits alone). The prefilled text ends up in logs and analytics, so callers pass
 * only generic wording, a public page title or an enquiry reference, never a health detail.
 */
export function whatsappChatUrl(number: string | null | undefined, text: string): string | null {
  const digits = (number ?? '').replace(/\D/g, '')
  if (digits.length < 8) return null
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`
}

export function whatsappShareUrl(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`
}

export const GENERIC_WHATSAPP_TEXT = 'Hello, I would like to ask about an appointment.'
