'use client'

import {useActionState} from 'react'
import {inputClass as input} from '@/components/ui/input-class'
import type {FormState} from '@/lib/enquiries/form-state'

type LoginState = FormState<'email' | 'password'>


export function LoginForm({
  action,
}: {
  action: (previous: LoginState, formData: FormData) => Promise<LoginState>
}) {
  const [state, formAction, pending] = useActionState(action, {
    status: 'idle',
    fieldErrors: {},
    values: {},
  } as LoginState)
  const email = typeof state.values.email === 'string' ? state.values.email : ''
  return (
    <form action={formAction} className="space-y-5">
      {state.formError ? (
        <p
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          {state.formError}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          aria-invalid={state.fieldErrors.email ? true : undefined}
          aria-describedby={state.fieldErrors.email ? 'email-error' : undefined}
          className={input}
        />
        {state.fieldErrors.email ? (
          <p id="email-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {state.fieldErrors.email}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.fieldErrors.password ? true : undefined}
          aria-describedby={state.fieldErrors.password ? 'password-error' : undefined}
          className={input}
        />
        {state.fieldErrors.password ? (
          <p id="password-error" className="mt-1 text-sm text-red-700 dark:text-red-300">
            {state.fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        aria-disabled={pending}
        className="inline-flex min-h-11 items-center rounded-md bg-slate-900 px-5 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
