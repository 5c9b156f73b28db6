import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'

type PersonRef = {name: string | null; slug: string | null} | null

export function PersonLink({person, locale = DEFAULT_LOCALE}: {person: PersonRef; locale?: Locale}) {
  if (!person?.name) return null
  if (!person.slug) return <>{person.name}</>
  return (
    <a
      href={pathsFor(locale).person(person.slug)}
      className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
    >
      {person.name}
    </a>
  )
}
