import type {Metadata} from 'next'
import {redirect} from 'next/navigation'
import {LoginForm} from '@/components/staff/LoginForm'
import {getCurrentStaff} from '@/lib/staff'
import {login} from '../actions'
import {staffPaths} from '@/lib/routes/paths'

export const metadata: Metadata = {title: 'Sign in'}

export default async function StaffLoginPage() {
  if (await getCurrentStaff()) redirect(staffPaths.inbox())
  return (
    <div className="max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <LoginForm action={login} />
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">
        Accounts are created by the clinic&apos;s administrator with <code>npm run staff:add</code>.
      </p>
    </div>
  )
}
