import {
  documentEditions,
  fixedPageEditions,
  getCategoryBySlug,
  getPageBySlug,
  getPersonBySlug,
  getPostBySlug,
  getTreatmentBySlug,
  switchTarget,
} from '@/lib/content'
import {type EditionPaths, HTML_LANG, isLocale, type Locale, LOCALE_NAME, otherLocale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {documentPath} from '@/lib/routes/document-paths'
import {type SitePaths, pathsFor} from '@/lib/routes/paths'

/**
 * The header's link to the other edition: the same page in the other language when it has one,
 * else that edition's home. A plain link (no JavaScript), named in the language it leads to, with
 * `lang` and `hreflang` saying so. Rendered by the `@languages` slot (app/(site)/[locale]/@languages),
 * which knows the page the reader is on.
 */
export function LanguageSwitch({locale, editions}: {locale: Locale; editions: EditionPaths}) {
  const other = otherLocale(locale)
  const lang = HTML_LANG[other]
  return (
    <a
      href={switchTarget(editions, locale)}
      hrefLang={lang}
      lang={lang}
      title={siteText(other)('nav.otherEdition', {language: LOCALE_NAME[other]})}
      data-language-switch
      className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-brand-700 underline underline-offset-4 hover:bg-white dark:text-brand-100 dark:hover:bg-slate-800"
    >
      {LOCALE_NAME[other]}
    </a>
  )
}

type LocaleParams = {params: Promise<{locale: string}>}
export type SlugParams = {params: Promise<{locale: string; slug: string}>}

/** On a page every edition has: the same route in the other edition. */
export async function FixedPageSwitch({params, page}: LocaleParams & {page: (paths: SitePaths) => string}) {
  const {locale} = await params
  if (!isLocale(locale)) return null
  return <LanguageSwitch locale={locale} editions={fixedPageEditions(page)} />
}

/** On any other page (a listing's later pages, the 404): the other edition's home. */
export async function HomeSwitch({params}: LocaleParams) {
  const {locale} = await params
  if (!isLocale(locale)) return null
  return <LanguageSwitch locale={locale} editions={{[locale]: pathsFor(locale).home()}} />
}

const FIND = {
  post: getPostBySlug,
  treatment: getTreatmentBySlug,
  person: getPersonBySlug,
  page: getPageBySlug,
  category: getCategoryBySlug,
} as const

/** On one document's page: its translation's page, found through its translation.metadata. */
export async function DocumentSwitch({params, type}: SlugParams & {type: keyof typeof FIND}) {
  const {locale, slug} = await params
  if (!isLocale(locale)) return null
  const doc = await FIND[type](slug, locale)
  const own = documentPath(type, slug, locale) ?? pathsFor(locale).home()
  return <LanguageSwitch locale={locale} editions={await documentEditions(doc?._id, locale, own)} />
}
