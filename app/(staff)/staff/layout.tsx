import type {Metadata} from 'next'
import Link from 'next/link'
import type {ReactNode} from 'react'
import {getCurrentStaff} from '@/lib/staff'
import {logout} from './actions'
import {staffPaths} from '@/lib/routes/paths'

export const metadata: Metadata = {
  title: {default: 'Staff inbox', template: '%s · Staff inbox'},
  robots: {index: false, follow: false, nocache: true},
}

// The staff area has its own chrome and no site navigation; patient data never sits in a
// cached page, so everything here renders per request.
export default async function StaffLayout({children}: {children: ReactNode}) {
  const staff = await getCurrentStaff()
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-5 py-3">
          <nav aria-label="Staff" className="flex flex-wrap items-center gap-4">
            <Link href={staffPaths.inbox()} className="inline-flex min-h-11 items-center font-semibold">
              Enquiries inbox
            </Link>
            {staff ? (
              <Link href={staffPaths.searchInsights()} className="inline-flex min-h-11 items-center underline">
                What patients searched for
              </Link>
            ) : null}
            {staff ? (
              <Link href={staffPaths.insights()} className="inline-flex min-h-11 items-center underline">
                What brings patients in
              </Link>
            ) : null}
          </nav>
          {staff ? (
            <form action={logout} className="flex items-center gap-3 text-sm">
              <span>{staff.name}</span>
              <button type="submit" className="min-h-11 rounded-md border border-slate-400 px-3 font-medium">
                Sign out
              </button>
            </form>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-5 py-8">
        {children}
      </main>
    </div>
  )
}
