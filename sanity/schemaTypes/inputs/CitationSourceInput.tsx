import {Select} from '@sanity/ui'
import type {ChangeEvent} from 'react'
import {set, unset, useFormValue, type StringInputProps} from 'sanity'

type Listed = {_key?: string; title?: string; publisher?: string; year?: number}

// A citation names a source by its key in the document's own list; editors pick it by number and title.
export function CitationSourceInput(props: StringInputProps) {
  const listed = (useFormValue(['references']) ?? []) as Listed[]
  const onChange = (event: ChangeEvent<HTMLSelectElement>) =>
    props.onChange(event.currentTarget.value ? set(event.currentTarget.value) : unset())
  return (
    <Select {...props.elementProps} value={props.value ?? ''} onChange={onChange}>
      <option value="">{listed.length ? 'Choose a source' : 'Add sources to the "Sources" field first'}</option>
      {listed.map((entry, index) =>
        entry._key ? (
          <option key={entry._key} value={entry._key}>
            {`[${index + 1}] ${entry.title ?? 'Untitled'}${entry.publisher ? `, ${entry.publisher}` : ''}${entry.year ? ` (${entry.year})` : ''}`}
          </option>
        ) : null,
      )}
    </Select>
  )
}
