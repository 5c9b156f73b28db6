import {useEffect, useState} from 'react'
import {useClient} from 'sanity'
import {IntentLink} from 'sanity/router'
import {Badge, Box, Button, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {documentTitle, LINTED_TYPES, lintDocuments, type CheckableDocument, type DocumentReport} from '../../lib/compliance'
import {
  describeReadability,
  measureReadability,
  readabilityTargetsFrom,
  type ReadabilityReport,
} from '../../lib/compliance/readability'
import {describeLocation} from '../../lib/compliance/paths'

// "Open compliance findings": runs the checker over every post, treatment, person and the
// clinic settings, as editors currently see them (drafts over published), and lists the
// documents that still have errors or unacknowledged warnings, then every document's
// readability against the targets in Clinic settings.

const QUERY = `*[_type in $types]`
const API_VERSION = '2025-02-19'

type State =
  | {status: 'loading'}
  | {status: 'error'; message: string}
  | {
      status: 'done'
      reports: DocumentReport[]
      docs: Map<string, CheckableDocument>
      checked: number
      ms: number
      readability: ReadabilityRow[]
    }

type ReadabilityRow = {id: string; type: string; title: string; report: ReadabilityReport}

function ReadabilityList({rows}: {rows: ReadabilityRow[]}) {
  return (
    <Stack space={2} as="ul">
      {rows.map((row) => (
        <Card as="li" key={row.id} padding={2} radius={2} border tone={row.report.meetsTargets ? 'default' : 'caution'}>
          <Text size={1}>
            <IntentLink intent="edit" params={{id: row.id, type: row.type}}>
              {row.title}
            </IntentLink>
            : {describeReadability(row.report)}
          </Text>
        </Card>
      ))}
    </Stack>
  )
}

function FindingList({report, doc}: {report: DocumentReport; doc: CheckableDocument | undefined}) {
  const errors = report.open.filter((f) => f.severity === 'error').length
  const warnings = report.open.length - errors
  return (
    <Card padding={3} radius={2} border tone={errors ? 'critical' : 'caution'}>
      <Stack space={3}>
        <Flex gap={2} align="center" wrap="wrap">
          <IntentLink intent="edit" params={{id: report.id, type: report.type}}>
            <Text weight="semibold">{report.title}</Text>
          </IntentLink>
          <Badge mode="outline">{report.type}</Badge>
          {errors > 0 && <Badge tone="critical">{errors} error(s)</Badge>}
          {warnings > 0 && <Badge tone="caution">{warnings} warning(s)</Badge>}
        </Flex>
        <Stack space={2} as="ul">
          {report.open.map((finding) => (
            <Box as="li" key={`${finding.fingerprint}-${finding.start}`}>
              <Text size={1}>
                <strong>{finding.severity === 'error' ? 'Error' : 'Warning'}</strong> in {describeLocation(doc, finding)}: “
                {finding.match}” – {finding.message}
              </Text>
            </Box>
          ))}
        </Stack>
      </Stack>
    </Card>
  )
}

export function OpenComplianceFindings() {
  const client = useClient({apiVersion: API_VERSION})
  const [state, setState] = useState<State>({status: 'loading'})

  // Bumped by "Check again"; the effect refetches whenever it changes.
  const [revision, setRevision] = useState(0)

  useEffect(() => {
    let cancelled = false
    client
      .fetch<CheckableDocument[]>(QUERY, {types: [...LINTED_TYPES]}, {perspective: 'drafts'})
      .then((docs) => {
        const started = performance.now()
        const summary = lintDocuments(docs)
        const reports = summary.documents.filter((report) => report.open.length > 0)
        const errorCount = (report: DocumentReport) =>
          report.open.filter((f) => f.severity === 'error').length
        reports.sort((a, b) => errorCount(b) - errorCount(a))
        const targets = readabilityTargetsFrom(docs.find((doc) => doc._type === 'clinicSettings'))
        const readability = docs
          .map((doc) => ({
            id: String(doc._id ?? ''),
            type: String(doc._type ?? ''),
            title: documentTitle(doc),
            report: measureReadability(doc, targets, {hardSentences: false}),
          }))
          .filter((row) => row.report.words > 0 || row.report.chinese)
          .sort((a, b) => b.report.grade - a.report.grade)
        if (!cancelled)
          setState({
            status: 'done',
            reports,
            docs: new Map(docs.map((doc) => [String(doc._id ?? ''), doc])),
            checked: summary.checked,
            ms: performance.now() - started,
            readability,
          })
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setState({status: 'error', message: error instanceof Error ? error.message : String(error)})
      })
    return () => {
      cancelled = true
    }
  }, [client, revision])

  const checkAgain = () => {
    setState({status: 'loading'})
    setRevision((n) => n + 1)
  }

  return (
    <Box padding={4}>
      <Stack space={4}>
        <Flex align="center" gap={3}>
          <Box flex={1}>
            <Text size={2} weight="semibold">
              Open compliance findings
            </Text>
          </Box>
          <Button
            text="Check again"
            mode="ghost"
            onClick={checkAgain}
            disabled={state.status === 'loading'}
          />
        </Flex>
        {state.status === 'loading' && <Spinner />}
        {state.status === 'error' && (
          <Card tone="critical" padding={3}>
            <Text size={1}>Could not load documents: {state.message}</Text>
          </Card>
        )}
        {state.status === 'done' && (
          <>
            <Text size={1} muted>
              {state.reports.length} of {state.checked} documents need attention (checked in{' '}
              {state.ms.toFixed(0)} ms). Errors block publishing; warnings need a fix or an acknowledgement
              with a reason.
            </Text>
            {state.reports.map((report) => (
              <FindingList key={report.id} report={report} doc={state.docs.get(report.id)} />
            ))}
            <Text size={2} weight="semibold">
              Readability of body text
            </Text>
            <Text size={1} muted>
              Flesch-Kincaid grade, sentence and paragraph lengths against the targets in Clinic settings; for Chinese text, characters a sentence and the share of uncommon characters.
              Highlighted documents miss a target; they can still be published.
            </Text>
            <ReadabilityList rows={state.readability} />
          </>
        )}
      </Stack>
    </Box>
  )
}
