import type {ReactNode} from 'react'

export function PageHeading({title, children}: {title: string; children?: ReactNode}) {
  return (
    <div className="max-w-[65ch]">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        {title}
      </h1>
      {children ? <div className="mt-3 text-lg text-slate-700 dark:text-slate-300">{children}</div> : null}
    </div>
  )
}

export function PageContainer({children, className = ''}: {children: ReactNode; className?: string}) {
  return <div className={`mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10 ${className}`}>{children}</div>
}
