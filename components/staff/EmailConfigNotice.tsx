export function EmailConfigNotice({configured}: {configured: boolean}) {
  if (configured) return null
  return (
    <p
      role="status"
      className="rounded-md border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      Email is not configured (SMTP_URL is unset), so notification jobs are waiting. Every enquiry is listed
      here; the emails go out once SMTP is set up.
    </p>
  )
}
