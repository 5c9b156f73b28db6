import type {Category} from '@/lib/content'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'
import {pathsFor} from '@/lib/routes/paths'

export function CategoryNav({categories, current, locale = DEFAULT_LOCALE}: {categories: Category[]; current?: string; locale?: Locale}) {
  const t = siteText(locale)
  const paths = pathsFor(locale)
  const item = 'inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium'
  const idle =
    'border-slate-300 text-slate-800 hover:border-brand-700 hover:text-brand-800 dark:border-slate-600 dark:text-slate-200 dark:hover:text-white'
  const active =
    'border-brand-700 bg-brand-700 text-white dark:border-brand-100 dark:bg-brand-100 dark:text-brand-900'
  return (
    <nav aria-label={t('journal.topics')} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        <li>
          <a
            href={paths.blog()}
            aria-current={!current ? 'page' : undefined}
            className={`${item} ${!current ? active : idle}`}
          >
            {t('journal.allTopics')}
          </a>
        </li>
        {categories
          .filter((c) => c.slug && c.title)
          .map((category) => (
            <li key={category._id}>
              <a
                href={paths.category(category.slug!)}
                aria-current={current === category.slug ? 'page' : undefined}
                className={`${item} ${current === category.slug ? active : idle}`}
              >
                {category.title}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  )
}
