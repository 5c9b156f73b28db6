import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'
import {PageContainer, PageHeading} from './PageHeading'

/** Helps the reader onward from a broken link: the main sections, and the clinic's contacts in the footer. */
export function NotFoundContent({locale = DEFAULT_LOCALE}: {locale?: Locale}) {
  const t = siteText(locale)
  const paths = pathsFor(locale)
  const links = [
    {href: paths.blog(), label: t('notFound.journal'), text: t('notFound.journalText')},
    {href: paths.treatments(), label: t('notFound.treatments'), text: t('notFound.treatmentsText')},
    {href: paths.clinic(), label: t('notFound.clinic'), text: t('notFound.clinicText')},
    {href: paths.home(), label: t('notFound.home'), text: t('notFound.homeText')},
  ]
  return (
    <PageContainer>
      <PageHeading title={t('notFound.title')}>
        <p>{t('notFound.intro')}</p>
      </PageHeading>
      <ul className="mt-8 grid max-w-3xl gap-4 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              className="block rounded-xl border border-slate-200 p-5 hover:border-brand-700 dark:border-slate-700 dark:hover:border-brand-100"
            >
              <span className="font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-100">
                {link.label}
              </span>
              <span className="mt-1 block text-slate-700 dark:text-slate-300">{link.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </PageContainer>
  )
}
