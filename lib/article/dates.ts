import {CLINIC_TIME_ZONE, toInstant} from '@/lib/singapore-time'

// One formatter per edition's Intl locale ('en-SG': "12 March 2026", 'zh-Hans-SG': "2026年3月12日").
const formatters = new Map<string, Intl.DateTimeFormat>()
function longDate(intlLocale: string): Intl.DateTimeFormat {
  let format = formatters.get(intlLocale)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: CLINIC_TIME_ZONE})
    formatters.set(intlLocale, format)
  }
  return format
}

/** "12 March 2026", the day as it was in Singapore. */
export function formatDate(value: string | null | undefined, intlLocale = 'en-SG'): string {
  const date = value ? toInstant(value) : null
  return date ? longDate(intlLocale).format(date) : ''
}

