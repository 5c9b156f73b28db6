import Link from 'next/link'
import {getTranslations} from 'next-intl/server'
import type {Locale} from '@/lib/i18n/locales'

interface Props {
  locale: Locale
  clinicName: string | null
  dpo: {name?: string; email?: string; phone?: string} | null
  /** The privacy notice of the page's edition. */
  privacyPath: string
}

const linkClass = 'font-medium text-brand-700 underline dark:text-brand-100'

/** PDPA s14/s20: the purpose, stated before the details are sent, with the DPO's contact. */
export async function PurposeNotice({locale, clinicName, dpo, privacyPath}: Props) {
  const t = await getTranslations({locale, namespace: 'booking'})
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {t.rich('purpose.notice', {
        clinic: clinicName ?? t('purpose.clinicFallback'),
        privacy: (chunks) => (
          <Link href={privacyPath} className={linkClass}>
            {chunks}
          </Link>
        ),
      })}
      {dpo?.email ? (
        <>
          {t.rich('purpose.dpo', {
            name: dpo.name || 'none',
            email: dpo.email,
            mail: (chunks) => (
              <a href={`mailto:${dpo.email}`} className={linkClass}>
                {chunks}
              </a>
            ),
          })}
          {dpo.phone ? t('purpose.dpoPhone', {phone: dpo.phone}) : ''}
        </>
      ) : null}
      {t('purpose.end')}
    </p>
  )
}
