import {documentPath} from '@/lib/routes/document-paths'

type PolicyRef = {title: string | null; slug: string | null; language?: string | null} | null | undefined

/** "How we write and review": the byline's link to the editorial policy chosen in Clinic settings. */
// In the policy's own edition: a Chinese page may link the English policy when it has no translation.
export function EditorialPolicyLink({policy, label = 'Editorial policy'}: {policy: PolicyRef; label?: string}) {
  if (!policy?.slug) return null
  return (
    <a
      href={documentPath('page', policy.slug, policy.language)}
      className="font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
    >
      {policy.title || label}
    </a>
  )
}
