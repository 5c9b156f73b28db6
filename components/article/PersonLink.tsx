import {paths} from '@/lib/routes/paths'

type PersonRef = {name: string | null; slug: string | null} | null

export function PersonLink({person}: {person: PersonRef}) {
  if (!person?.name) return null
  if (!person.slug) return <>{person.name}</>
  return (
    <a
      href={paths.person(person.slug)}
      className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
    >
      {person.name}
    </a>
  )
}
