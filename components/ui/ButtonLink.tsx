import type {ReactNode} from 'react'

const STYLES = {
  primary:
    'bg-brand-700 text-white hover:bg-brand-800 dark:bg-brand-100 dark:text-brand-900 dark:hover:bg-white',
  secondary:
    'border border-brand-700 text-brand-800 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-slate-900',
}

/** A link that looks like a button: 44 px tall so a thumb hits it. */
export function ButtonLink({
  href,
  children,
  variant = 'primary',
  className = '',
  rel,
}: {
  href: string
  children: ReactNode
  variant?: keyof typeof STYLES
  className?: string
  rel?: string
}) {
  return (
    <a
      href={href}
      rel={rel}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-5 py-2.5 text-base font-semibold no-underline transition-colors ${STYLES[variant]} ${className}`}
    >
      {children}
    </a>
  )
}
