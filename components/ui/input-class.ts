// One look for every text input, select and textarea (the booking form, staff sign-in and inbox):
// 44 px tall for touch, a border with 3:1 contrast, a red border once the field is marked invalid.
export const inputClass =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 ' +
  'aria-[invalid=true]:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'
