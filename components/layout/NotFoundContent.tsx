import {paths} from '@/lib/routes/paths'
import {PageContainer, PageHeading} from './PageHeading'

const LINKS = [
  {href: paths.blog(), label: 'Journal', text: 'Guides to skin and treatments'},
  {href: paths.treatments(), label: 'Treatments', text: 'What each treatment involves'},
  {href: paths.clinic(), label: 'Clinic details', text: 'Address, opening hours and contact'},
  {href: paths.home(), label: 'Home page', text: 'Start from the beginning'},
]

/** Helps the reader onward from a broken link: the main sections, and the clinic's contacts in the footer. */
export function NotFoundContent() {
  return (
    <PageContainer>
      <PageHeading title="We could not find that page">
        <p>The link may be old, or the page may have moved. These pages may help:</p>
      </PageHeading>
      <ul className="mt-8 grid max-w-3xl gap-4 sm:grid-cols-2">
        {LINKS.map((link) => (
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
