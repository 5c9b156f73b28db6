import {useMemo, useState} from 'react'
import {useCurrentUser, useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {Box, Button, Card, Checkbox, Flex, Stack, Text, TextArea} from '@sanity/ui'
import {acknowledgementFor, checkDocument, type CheckableDocument, type Finding} from '../../lib/compliance'
import {describeLocation} from '../../lib/compliance/paths'

// The types whose schema has the `complianceAcknowledgements` field.
// Every type that reaches the public site.
export const ACKNOWLEDGEABLE_TYPES = ['post', 'treatment', 'person', 'category', 'clinicSettings', 'page']

const MIN_REASON = 10

function randomKey(): string {
  return Math.random().toString(36).slice(2, 14).padEnd(12, '0')
}

function WarningRow({
  finding,
  location,
  checked,
  onToggle,
}: {
  finding: Finding
  location: string
  checked: boolean
  onToggle: () => void
}) {
  return (
    <Card padding={3} radius={2} tone="caution" border>
      <Flex gap={3} align="flex-start">
        <Checkbox
          checked={checked}
          onChange={onToggle}
          aria-label={`Acknowledge "${finding.match}" in ${location}`}
        />
        <Stack space={2} flex={1}>
          <Text size={1} weight="semibold">
            {location}: “{finding.match}”
          </Text>
          <Text size={1} muted>
            {finding.sentence}
          </Text>
          <Text size={1}>{finding.message}</Text>
        </Stack>
      </Flex>
    </Card>
  )
}

/**
 * "Acknowledge warnings": records an editor's reasoned decision that warnings are truthful in
 * context. Each entry is tied to the sentence's fingerprint, so an edit brings the warning back.
 * Errors are never offered.
 */
export const AcknowledgeWarningsAction: DocumentActionComponent = (props) => {
  const {id, type, draft, published} = props
  const doc = (draft ?? published) as CheckableDocument | null
  const {patch} = useDocumentOperation(id, type)
  const user = useCurrentUser()
  const [open, setOpen] = useState(false)
  const [selected, setSelected] = useState<string[]>([])
  const [reason, setReason] = useState('')

  const warnings = useMemo(
    () => (doc ? checkDocument(doc).filter((f) => f.severity === 'warning') : []),
    [doc],
  )

  if (!ACKNOWLEDGEABLE_TYPES.includes(type)) return null

  const close = () => {
    setOpen(false)
    setSelected([])
    setReason('')
  }

  const toggle = (fingerprint: string) =>
    setSelected((current) =>
      current.includes(fingerprint) ? current.filter((f) => f !== fingerprint) : [...current, fingerprint],
    )

  const canSave = selected.length > 0 && reason.trim().length >= MIN_REASON

  const save = () => {
    const by = user?.email || user?.name || user?.id
    const items = warnings
      .filter((finding) => selected.includes(finding.fingerprint))
      .map((finding) => ({_key: randomKey(), ...acknowledgementFor(finding, reason.trim(), by)}))
    patch.execute([
      {setIfMissing: {complianceAcknowledgements: []}},
      {insert: {after: 'complianceAcknowledgements[-1]', items}},
    ])
    close()
  }

  return {
    label: warnings.length ? `Acknowledge warnings (${warnings.length})` : 'Acknowledge warnings',
    title: warnings.length
      ? 'Record why a compliance warning is acceptable in context'
      : 'No open compliance warnings. Errors cannot be acknowledged.',
    disabled: warnings.length === 0,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Acknowledge compliance warnings',
      onClose: close,
      width: 'medium',
      content: (
        <Stack space={4}>
          <Text size={1}>
            Tick the warnings that are truthful in context (for example, a sentence that says a result is not
            possible) and give the reason. If the sentence changes later, the warning shows again. Errors
            cannot be acknowledged: fix those in the text.
          </Text>
          <Stack space={2}>
            {warnings.map((finding) => (
              <WarningRow
                key={finding.fingerprint}
                finding={finding}
                location={describeLocation(doc, finding)}
                checked={selected.includes(finding.fingerprint)}
                onToggle={() => toggle(finding.fingerprint)}
              />
            ))}
          </Stack>
          <Stack space={2}>
            <Text size={1} weight="semibold">
              Why this is acceptable (at least {MIN_REASON} characters)
            </Text>
            <TextArea
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              placeholder="States truthfully that pores cannot be closed permanently."
            />
          </Stack>
          <Box>
            <Button
              text={`Acknowledge ${selected.length || ''} warning(s)`}
              tone="primary"
              disabled={!canSave}
              onClick={save}
            />
          </Box>
        </Stack>
      ),
    },
  }
}
AcknowledgeWarningsAction.displayName = 'AcknowledgeWarningsAction'
