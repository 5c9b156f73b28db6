import {z} from 'zod'

// C0 controls and DEL, except tab and line feed (a textarea's own line breaks). They are invisible,
// never meant, and Postgres refuses NUL in text: left in, one stray byte is a 500.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g
const ANY_CONTROL_CHARACTER = /[\u0000-\u001F\u007F]/g

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}

/**
 * A text field as every form should read it: control characters dropped (line breaks kept only
 * where `multiline`), trimmed. Chain length and format checks after it with `.pipe(...)`.
 */
export function plainText({multiline = false}: {multiline?: boolean} = {}) {
  return z
    .string()
    .transform((value) =>
      (multiline ? stripControlCharacters(value.replace(/\r\n?/g, '\n')) : value.replace(ANY_CONTROL_CHARACTER, '')).trim(),
    )
}
