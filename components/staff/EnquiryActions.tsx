import {inputClass as field} from '@/components/ui/input-class'
import type {EnquiryStatus} from '@/lib/platform/database/schema'
import {StatusOptions} from './StatusOptions'

type Action = (formData: FormData) => Promise<void>

const button = 'min-h-11 rounded-md px-4 font-medium'

export function StatusForm({id, status, action}: {id: string; status: EnquiryStatus; action: Action}) {
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor="status" className="block font-medium">
          Status
        </label>
        <select id="status" name="status" defaultValue={status} className={field}>
          <StatusOptions />
        </select>
      </div>
      <div>
        <label htmlFor="status-note" className="block font-medium">
          Note for the audit trail <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <input id="status-note" name="note" maxLength={2000} className={field} />
      </div>
      <button
        type="submit"
        className={`${button} bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900`}
      >
        Save status
      </button>
    </form>
  )
}

export function NoteForm({id, action}: {id: string; action: Action}) {
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <label htmlFor="note" className="block font-medium">
        Add a note
      </label>
      <textarea id="note" name="note" rows={3} maxLength={2000} required className={field} />
      <button
        type="submit"
        className={`${button} bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900`}
      >
        Add note
      </button>
    </form>
  )
}

export function DeleteForm({id, action}: {id: string; action: Action}) {
  return (
    <form action={action} className="space-y-3 rounded-md border border-red-300 p-4 dark:border-red-800">
      <input type="hidden" name="id" value={id} />
      <h2 className="font-semibold">Delete this enquiry</h2>
      <p className="text-sm">
        Deletes the enquiry, its notes and its queued emails for good. Use this when the person withdraws
        consent (PDPA). The audit log keeps only who deleted it and when.
      </p>
      <div>
        <label htmlFor="delete-reason" className="block font-medium">
          Reason
        </label>
        <select id="delete-reason" name="reason" defaultValue="withdrawal" className={field}>
          <option value="withdrawal">The person withdrew consent</option>
          <option value="duplicate">Duplicate enquiry</option>
          <option value="spam">Spam</option>
        </select>
      </div>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="confirm" value="yes" required className="size-5" />I understand this
        cannot be undone
      </label>
      <button type="submit" className={`${button} bg-red-700 text-white hover:bg-red-800`}>
        Delete enquiry
      </button>
    </form>
  )
}
