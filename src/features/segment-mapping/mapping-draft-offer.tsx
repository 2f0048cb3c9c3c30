import { Button, ButtonGroup, Content, Flex, Heading, InlineAlert, Text } from '@adobe/react-spectrum'
import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Destination, Mapping } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import { describeError } from '../../components/error-message'
import { formatTimeAgo } from '../../lib/relative-time'
import { removeFormDraft } from '../../lib/use-form-draft'
import { useCurrentUser } from '../session/use-current-user'
import { countOf } from './edit-mapping-form'
import { listMappingDrafts, type StoredMappingDraft } from './mapping-draft'
import { prepareDraftRestore, type MappingDraftToOpen } from './mapping-draft-restore'

interface MappingDraftOffersProps {
  destination: Destination
  /** While an Edit Mapping dialog is open the offers are hidden; they are read again when it closes. */
  isDialogOpen: boolean
  /** Without the permission to map, "Restore" is disabled (the section says why); "Discard" still works. */
  canMap: boolean
  /** The destination's mappings when loaded, to name the segment of a draft that edits one. */
  mappings: readonly Mapping[]
  /** Opens the Edit Mapping dialog with the restored draft. */
  onRestore: (open: MappingDraftToOpen) => void
}

type Busy = { key: string; done: number; total: number }

/**
 * The unsaved Edit Mapping drafts of the signed-in user on this destination (`listMappingDrafts`),
 * newest first, each an info InlineAlert "Unsaved mapping": "You have an unsaved mapping from {5
 * minutes ago}: {N segments}." with "Restore" (re-reads what the draft needs, with progress, then
 * `onRestore`) and "Discard" (deletes the draft). A failed re-read says why next to the buttons and
 * keeps the draft.
 */
export function MappingDraftOffers({ destination, isDialogOpen, canMap, mappings, onRestore }: MappingDraftOffersProps) {
  const queryClient = useQueryClient()
  const { data: user } = useCurrentUser()
  const destinationId = destination.destinationId
  const listFor = user && !isDialogOpen ? `${user.uid}.${destinationId}` : null
  const [listed, setListed] = useState(() => ({ listFor, entries: user && listFor ? listMappingDrafts(user.uid, destinationId) : [] }))
  // Read again when the user becomes known, the destination changes or a dialog closes (React's "adjust state on prop change").
  if (listed.listFor !== listFor) setListed({ listFor, entries: user && listFor ? listMappingDrafts(user.uid, destinationId) : [] })
  const [busy, setBusy] = useState<Busy | null>(null)
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null)
  const [now] = useState(() => Date.now())
  // A draft that edits a mapping names its segment: from `mappings` when loaded, else from the
  // segment itself (`GET /v1/segments/{sid}`; the full mapping list is only loaded for adding).
  const editedSids = [...new Set(listed.entries.flatMap((e) => (e.draft.values.mappingId === null ? [] : e.draft.values.rows.slice(0, 1).map(([sid]) => sid))))]
  const segmentNames = useQueries({
    queries: editedSids.map((sid) => ({ ...segmentQueries.detail(sid), enabled: listFor !== null && !mappings.some((m) => m.sid === sid) })),
    combine: (results) => new Map(results.flatMap((r) => (r.data ? [[r.data.sid, r.data.name] as const] : []))),
  })
  if (!listFor || listed.entries.length === 0) return null

  const discard = (key: string) => {
    removeFormDraft(key)
    setFailure(null)
    setListed((l) => ({ ...l, entries: l.entries.filter((e) => e.key !== key) }))
  }

  const restore = async (entry: StoredMappingDraft) => {
    setFailure(null)
    setBusy({ key: entry.key, done: 0, total: 0 })
    try {
      const open = await prepareDraftRestore(queryClient, destinationId, entry, (done, total) => setBusy({ key: entry.key, done, total }))
      onRestore(open)
    } catch (error) {
      const { message, hint } = describeError(error)
      setFailure({ key: entry.key, message: `Could not restore the draft: ${message} ${hint} The draft is kept; select Restore to try again.` })
    } finally {
      setBusy(null)
    }
  }

  return (
    <Flex direction="column" gap="size-150">
      {listed.entries.map((entry) => {
        const { values, savedAt } = entry.draft
        const edited = values.mappingId === null ? undefined : mappings.find((m) => m.mappingId === values.mappingId)
        const what = values.mappingId === null
          ? ''
          : ` It changes the existing mapping of ${edited?.elementName ?? segmentNames.get(values.rows[0]?.[0] ?? 0) ?? `segment ${values.rows[0]?.[0] ?? ''}`}.`
        const mine = busy?.key === entry.key
        return (
          <InlineAlert key={entry.key} variant="info" maxWidth="size-6000">
            <Heading level={3}>Unsaved mapping</Heading>
            <Content>
              <Text>{`You have an unsaved mapping from ${formatTimeAgo(savedAt, now)}: ${countOf(values.rows.length, 'segment')}.${what}`}</Text>
              <ButtonGroup marginTop="size-150" isDisabled={busy !== null}>
                <Button variant="primary" onPress={() => void restore(entry)} isPending={mine} isDisabled={!canMap}>Restore</Button>
                <Button variant="secondary" onPress={() => discard(entry.key)}>Discard</Button>
              </ButtonGroup>
              {/* Progress of the re-read (a draft of 1,000 segments reads 1,000 segments), or why it failed. */}
              <div aria-live="polite" style={{ marginTop: 8 }}>
                {mine && busy.total > 1 ? <Text>{`Reading segments… ${busy.done.toLocaleString('en-US')} of ${busy.total.toLocaleString('en-US')}`}</Text> : null}
                {failure?.key === entry.key ? <Text>{failure.message}</Text> : null}
              </div>
            </Content>
          </InlineAlert>
        )
      })}
    </Flex>
  )
}
