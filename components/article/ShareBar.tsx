import {whatsappShareUrl} from '@/lib/whatsapp'
import {ShareButtons} from './ShareButtons'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

// WhatsApp gets the public title and address only: the prefilled text lands in chat logs.
export function ShareBar({title, url, locale = DEFAULT_LOCALE}: {title: string; url: string; locale?: Locale}) {
  const t = siteText(locale)
  return (
    <section
      aria-labelledby="share-heading"
      className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2 id="share-heading" className="text-base font-semibold text-slate-900 dark:text-white">
        {t('article.share')}
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <a
          href={whatsappShareUrl(`${title} ${url}`)}
          rel="noopener noreferrer"
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-4 font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          {t('article.shareWhatsApp')}
        </a>
        <ShareButtons
          title={title}
          url={url}
          labels={{
            share: t('article.shareSheet'),
            copy: t('article.copyLink'),
            copied: t('article.linkCopied'),
            copyThisAddress: t('article.copyThisAddress', {url}),
          }}
        />
      </div>
    </section>
  )
}
