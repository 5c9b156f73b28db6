import {paths} from '@/lib/routes/paths'

type PolicyRef = {title: string | null; slug: string | null} | null | undefined

/** "How we write and review": the byline's link to the editorial policy chosen in Clinic settings. */
export function EditorialPolicyLink({policy}: {policy: PolicyRef}) {
  if (!policy?.slug) return null
  return (
    <a
      href={paths.page(policy.slug)}
      className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
    >
      {policy.title || 'Editorial policy'}
    </a>
  )
}
