import type {Settings} from '@/lib/content'
import {paths} from '@/lib/routes/paths'
import {ClinicAddress} from './ClinicAddress'
import {ContactLinks} from './ContactLinks'
import {OpeningHours} from './OpeningHours'

// The clinic's contact details sit in the same place on every page (WCAG 3.2.6, consistent help).
export function SiteFooter({settings}: {settings: Settings}) {
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
            Visit
          </h2>
          <div className="mt-2">
            <ClinicAddress settings={settings} />
          </div>
        </section>
        <section aria-labelledby="footer-hours">
          <h2 id="footer-hours" className={heading}>
            Opening hours
          </h2>
          <div className="mt-2">
            <OpeningHours settings={settings} />
          </div>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className={heading}>
            Contact and help
          </h2>
          <div className="mt-1">
            <ContactLinks settings={settings} />
            <a
              href={paths.book()}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4 dark:text-brand-100"
            >
              Book a consultation
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
              {href: paths.privacy(), label: 'Privacy notice'},
              {href: paths.clinic(), label: 'Clinic details'},
              {href: paths.feed(), label: 'RSS feed'},
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
