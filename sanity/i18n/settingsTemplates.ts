import {LOCALES} from '../../lib/i18n/locales'

// The plugin makes one "new document" template per type and language, named `<type>-<language>`;
// the Clinic settings ones give each fixed settings document its language when it is first edited.
export const settingsTemplateId = (language: string) => `clinicSettings-${language}`
export const settingsTemplateIds = new Set<string>(LOCALES.map(settingsTemplateId))
