import 'server-only'
import type {SettingsQueryResult} from '@/sanity/types'
import {ContentUnavailableError} from './content-unavailable'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {type Settings, withFallback} from './getters'
import {lastGoodKey, recallLastGood, rememberLastGood} from './last-good'
import {settingsQuery} from './queries'
import {runQuery} from './source'

/**
 * The clinic settings for work outside a page render: the sender of outgoing email, the retention
 * period of the purge. getSettings() reads through Next's data cache, which needs a request, so this
 * asks the source itself; when the source is down it answers the last good settings, which page
 * renders and the build keep under the same key.
 */
export async function loadClinicSettings(locale: Locale = DEFAULT_LOCALE): Promise<Settings> {
  const params = {language: locale}
  const key = lastGoodKey(settingsQuery, params)
  try {
    const own = await runQuery<SettingsQueryResult>(settingsQuery, params)
    // A translation's missing fields are the English settings' (as getSettings does for pages).
    const settings = locale === DEFAULT_LOCALE ? own : withFallback(own, await runQuery<SettingsQueryResult>(settingsQuery, {language: DEFAULT_LOCALE}))
    if (!settings) throw new Error('Clinic settings are missing from the content source')
    await rememberLastGood(key, settings)
    return settings
  } catch (cause) {
    const remembered = await recallLastGood(key)
    if (remembered?.value) return remembered.value as Settings
    throw new ContentUnavailableError('The clinic settings are unavailable', {cause})
  }
}
