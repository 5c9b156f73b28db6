'use client'

import {useActionState} from 'react'
import {FieldError} from '@/components/ui/FieldError'
import {inputClass} from '@/components/ui/input-class'
import type {FormState} from '@/lib/platform/forms/form-state'

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
      <LoginField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={email}
        error={state.fieldErrors.email}
      />
      <LoginField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors.password}
      />
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

function LoginField({
  name,
  label,
  error,
  ...control
}: {
  name: 'email' | 'password'
  label: string
  error?: string
  type: string
  autoComplete: string
  defaultValue?: string
}) {
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className={inputClass}
        {...control}
      />
      <FieldError id={`${name}-error`} message={error} />
    </div>
  )
}
