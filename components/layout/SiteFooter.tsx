import type {Settings} from '@/lib/content'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'
import {ClinicAddress} from './ClinicAddress'
import {ContactLinks} from './ContactLinks'
import {OpeningHours} from './OpeningHours'

// The clinic's contact details sit in the same place on every page (WCAG 3.2.6, consistent help).
export function SiteFooter({settings, locale = DEFAULT_LOCALE}: {settings: Settings; locale?: Locale}) {
  const t = siteText(locale)
  const paths = pathsFor(locale)
  const heading = 'text-sm font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-100'
  return (
    <footer
      id="site-footer"
      className="mt-16 border-t border-slate-200 bg-sand-50 text-slate-800 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-200"
    >
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 sm:px-6 lg:grid-cols-4">
        <section aria-labelledby="footer-clinic">
          <h2 id="footer-clinic" className={heading}>
            {settings.clinicName}
          </h2>
          {settings.tagline && <p className="mt-2">{settings.tagline}</p>}
        </section>
        <section aria-labelledby="footer-visit">
          <h2 id="footer-visit" className={heading}>
            {t('footer.visit')}
          </h2>
          <div className="mt-2">
            <ClinicAddress settings={settings} locale={locale} />
          </div>
        </section>
        <section aria-labelledby="footer-hours">
          <h2 id="footer-hours" className={heading}>
            {t('footer.hours')}
          </h2>
          <div className="mt-2">
            <OpeningHours settings={settings} locale={locale} />
          </div>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className={heading}>
            {t('footer.contact')}
          </h2>
          <div className="mt-1">
            <ContactLinks settings={settings} locale={locale} />
            <a
              href={paths.book()}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-100"
            >
              {t('footer.book')}
            </a>
          </div>
        </section>
      </div>
      <div className="border-t border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 px-4 py-4 text-sm text-slate-600 sm:px-6 dark:text-slate-400">
          <p>
            © {new Date().getFullYear()} {settings.clinicName}
          </p>
          <ul className="flex flex-wrap gap-x-4">
            {[
              {href: paths.privacy(), label: t('footer.privacy')},
              {href: paths.clinic(), label: t('footer.clinicDetails')},
              {href: paths.feed(), label: t('footer.feed')},
            ].map((link) => (
              <li key={link.href}>
                <a
                  className="inline-flex min-h-11 items-center underline underline-offset-4"
                  href={link.href}
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </footer>
  )
}
