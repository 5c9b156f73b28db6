import {ContentImage} from '@/components/ui/ContentImage'
import type {ImageBlockValue} from './types'

export function BodyImage({value}: {value: ImageBlockValue}) {
  // Patient-result photos are banned in clinic advertising (HCSA advertisement regs, reg 5): even if
  // one slipped past the Studio check, the page does not show it.
  if (value.depictsPatientResult) return null
  return (
    <figure className="my-8">
      <ContentImage
        image={value}
        width={1440}
        sizes="(min-width: 768px) 720px, 100vw"
        className="w-full rounded-xl"
      />
      {value.caption && (
        <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">{value.caption}</figcaption>
      )}
    </figure>
  )
}
