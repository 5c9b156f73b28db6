import Link from 'next/link'
import {paths} from '@/lib/routes/paths'

interface Props {
  clinicName: string | null
  dpo: {name?: string; email?: string; phone?: string} | null
}

/** PDPA s14/s20: the purpose, stated before the details are sent, with the DPO's contact. */
export function PurposeNotice({clinicName, dpo}: Props) {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {clinicName ?? 'The clinic'} uses these details only to answer your enquiry and arrange your
      consultation, and keeps them no longer than needed. See our{' '}
      <Link href={paths.privacy()} className="font-medium text-brand-700 underline dark:text-brand-100">
        privacy notice
      </Link>
      {dpo?.email ? (
        <>
          {' '}
          or contact our Data Protection Officer{dpo.name ? `, ${dpo.name},` : ''} at{' '}
          <a
            href={`mailto:${dpo.email}`}
            className="font-medium text-brand-700 underline dark:text-brand-100"
          >
            {dpo.email}
          </a>
          {dpo.phone ? ` or ${dpo.phone}` : ''}
        </>
      ) : null}
      .
    </p>
  )
}
