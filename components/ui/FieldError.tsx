export function FieldError({id, message}: {id: string; message?: string}) {
  if (!message) return null
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  )
}
