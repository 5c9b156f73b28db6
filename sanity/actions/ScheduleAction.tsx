import {useEffect, useState} from 'react'
import {CalendarIcon} from '@sanity/icons'
import {Stack, Text, TextInput} from '@sanity/ui'
import {getDraftId, useDocumentOperation, useValidationStatus, type DocumentActionComponent} from 'sanity'
import {formatSingaporeTime, parseSingaporeTime} from '../../lib/singapore-time'

// The document types the site can hold back until a time (lib/content/live-filter.ts).
export const SCHEDULABLE_TYPES = ['post']

/** "2026-12-13T09:00": the input's value for an instant, in Singapore wall-clock time. */
function singaporeInputValue(date: Date): string {
  return new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 16)
}

/**
 * "Schedule": publishes the post now with its publish time set to a moment ahead, so it is on no
 * public page until then and goes live by itself at that time (the server's schedule timer). Works
 * on every Sanity plan and offline, unlike Sanity's own scheduling, which is switched off.
 */
export const ScheduleAction: DocumentActionComponent = ({id, type, draft, published, liveEdit, release, onComplete}) => {
  const {patch, publish} = useDocumentOperation(id, type)
  // Publish's own button is held back by validation errors (compliance findings among them); the
  // publish operation is not, so Schedule checks them as Sanity's Publish does.
  const validation = useValidationStatus(getDraftId(id), type, true)
  const hasErrors = validation.validation.some((marker) => marker.level === 'error')
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState('')
  // The time being published: set on the draft first, then published once the draft carries it
  // (a post with no open draft gets one from the patch, and Publish needs it to exist).
  const [target, setTarget] = useState<string | null>(null)
  const draftTime = draft?.publishedAt

  useEffect(() => {
    if (target && draftTime === target && !publish.disabled && !validation.isValidating && !hasErrors) {
      publish.execute()
      setTarget(null)
      onComplete()
    }
  }, [target, draftTime, publish, onComplete, validation.isValidating, hasErrors])
  const scheduling = target !== null

  if (!SCHEDULABLE_TYPES.includes(type) || liveEdit || release) return null

  const when = value ? parseSingaporeTime(value) : null
  const problem = !value
    ? 'Choose the day and time.'
    : !when
      ? 'Give the day and time as shown.'
      : when.getTime() <= Date.now()
        ? 'This time has passed: pick a time ahead, or use Publish.'
        : null
  // "No changes" and "already published" are no obstacle: setting the time makes a change to publish.
  const blocked = hasErrors || (publish.disabled && publish.disabled !== 'NO_CHANGES' && publish.disabled !== 'ALREADY_PUBLISHED')
  const current = (draft ?? published)?.publishedAt
  const scheduledFor = typeof current === 'string' && Date.parse(current) > Date.now() ? formatSingaporeTime(current) : null

  const close = () => {
    setOpen(false)
    setValue('')
  }

  return {
    label: scheduling ? 'Scheduling…' : 'Schedule',
    icon: CalendarIcon,
    disabled: Boolean(blocked) || scheduling,
    title: blocked
      ? 'Fix what stops publishing first (see the validation panel).'
      : scheduledFor
        ? `Goes live ${scheduledFor}. Schedule again to change the time.`
        : 'Publish now, but keep the post off the site until a time you choose.',
    onHandle: () => {
      setValue(singaporeInputValue(new Date(Date.now() + 60 * 60 * 1000)).slice(0, 14) + '00')
      setOpen(true)
    },
    dialog: open && {
      type: 'confirm',
      tone: 'primary',
      confirmButtonText: 'Schedule',
      cancelButtonText: 'Cancel',
      onCancel: close,
      onConfirm: () => {
        if (!when || problem) return
        const iso = when.toISOString()
        setTarget(iso)
        patch.execute([{set: {publishedAt: iso}}])
        close()
      },
      message: (
        <Stack space={4}>
          <Text size={1}>
            The post is published now but stays off the site, the journal, search and the feed until this time. It then
            goes live by itself, within a minute.
          </Text>
          <Stack space={2}>
            <Text as="label" htmlFor="schedule-go-live-at" size={1} weight="semibold">
              Go live at (Singapore time)
            </Text>
            <TextInput
              id="schedule-go-live-at"
              type="datetime-local"
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              aria-describedby="schedule-go-live-at-help"
              customValidity={problem ?? undefined}
            />
            <Text id="schedule-go-live-at-help" size={1} muted>
              {problem ?? (when ? `Goes live ${formatSingaporeTime(when.toISOString())}.` : '')}
            </Text>
          </Stack>
        </Stack>
      ),
    },
  }
}

ScheduleAction.displayName = 'ScheduleAction'
