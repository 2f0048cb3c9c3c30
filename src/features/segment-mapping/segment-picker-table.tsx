import { Badge, Cell, Column, Content, ContextualHelp, Flex, Heading, IllustratedMessage, Row, TableBody, TableHeader, TableView, Text } from '@adobe/react-spectrum'
import type { Selection } from '@adobe/react-spectrum'
import { memo, useMemo, useState } from 'react'
import type { DataSource, Segment } from '../../api/schemas'
import { TruncatedText } from '../../components/truncated-text'
import type { SegmentAvailability } from './segment-availability'
import { takenByBulkSelect } from './select-all-matching'

interface SegmentPickerTableProps {
  /** The segments of the current page. */
  segments: readonly Segment[]
  isLoading: boolean
  availability: (segment: Segment) => SegmentAvailability
  dataSourcesById: ReadonlyMap<number, DataSource>
  /** Segment IDs picked so far, on any page, folder or search. */
  pickedSids: ReadonlySet<number>
  /** Applies the checkbox change of this page: segments to add to and remove from the selection. */
  onPickChange: (added: Segment[], removedSids: number[]) => void
  /**
   * The header's "select all" while the "Mapped" marks are unknown: the page's segments, to select
   * (without the mapped ones) once the marks are known.
   */
  onPickPageLater: (segments: Segment[]) => void
}

const population = new Intl.NumberFormat('en-US')

function Reason({ label, variant, title, reason }: { label: string; variant: 'negative' | 'yellow'; title: string; reason: string }) {
  return (
    <>
      <Badge variant={variant}>{label}</Badge>
      <ContextualHelp variant="info">
        <Heading>{title}</Heading>
        <Content><Text>{reason}</Text></Content>
      </ContextualHelp>
      <span title={reason} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>{reason}</span>
    </>
  )
}

/** "Mapped", "Blocked" or "Not addable" with the reason (one line; the help button shows it in full). */
function AvailabilityCell({ a }: { a: SegmentAvailability }) {
  return (
    <Flex gap="size-75" alignItems="center" minWidth={0}>
      {a.mapped ? <Badge variant="neutral">Mapped</Badge> : null}
      {a.blockedReason ? <Reason label="Blocked" variant="negative" title="Blocked by Data Export Controls" reason={a.blockedReason} /> : null}
      {!a.blockedReason && a.refusedReason ? <Reason label="Not addable" variant="yellow" title="Cannot be added" reason={a.refusedReason} /> : null}
    </Flex>
  )
}

/** One table row: the segment, its availability and its data source's name (all the row shows). */
interface PickerRow {
  segment: Segment
  a: SegmentAvailability
  dataSourceName: string
}

/** Same field values (arrays compared item by item): two answers' copies of one unchanged segment. */
function sameSegment(a: Segment, b: Segment): boolean {
  const keys = Object.keys(a) as (keyof Segment)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => {
    const x = a[k]
    const y = b[k]
    return x === y || (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]))
  })
}

type Availability = (segment: Segment) => SegmentAvailability

/** Row objects for `segments`, taking the one in `reusable` (same sid, same values) where there is one. */
function buildRows(segments: readonly Segment[], availability: Availability, dataSourcesById: ReadonlyMap<number, DataSource>, reusable: readonly PickerRow[]): PickerRow[] {
  const bySid = new Map(reusable.map((r) => [r.segment.sid, r]))
  return segments.map((segment) => {
    const old = bySid.get(segment.sid)
    if (old && sameSegment(old.segment, segment)) return old
    return { segment, a: availability(segment), dataSourceName: dataSourcesById.get(segment.dataSourceId)?.name ?? `Data source ${segment.dataSourceId}` }
  })
}

/**
 * The row objects of `segments`, reusing the previous render's object for a segment whose values
 * did not change (e.g. in the answers for "aut" and then "auto") while `availability` and
 * `dataSourcesById` stay the same. The table caches each row's rendered cells by row object, so a
 * reused row is not rendered again.
 */
function useRows(segments: readonly Segment[], availability: Availability, dataSourcesById: ReadonlyMap<number, DataSource>): readonly PickerRow[] {
  const [last, setLast] = useState(() => ({ segments, availability, dataSourcesById, rows: buildRows(segments, availability, dataSourcesById, []) }))
  if (last.segments === segments && last.availability === availability && last.dataSourcesById === dataSourcesById) return last.rows
  // Derived from the previous render (React's "adjusting state when a prop changes").
  const sameRules = last.availability === availability && last.dataSourcesById === dataSourcesById
  const next = { segments, availability, dataSourcesById, rows: buildRows(segments, availability, dataSourcesById, sameRules ? last.rows : []) }
  setLast(next)
  return next.rows
}

/**
 * TableView "Segments" of the segment picker: checkbox selection, columns "Segment ID", "Name",
 * "Integration Code", "Data Source", "Status", "Population" (30-day uniques) and "Availability"
 * ("Mapped", "Blocked" with the conflicting control and label, "Not addable" with the auto-fill
 * reason). Blocked and not-addable rows are in `disabledKeys` (selection only: still focusable).
 * A mapped row can be picked on its own, but the header's "select all" checkbox leaves it out
 * (`takenByBulkSelect`); while the marks are unknown (`mapped: null`) it hands the page to
 * `onPickPageLater` instead of guessing. `isLoading` shows the loading state; while the next page or search loads
 * the previous rows stay. Memoized: typing in the search does not re-render the table, and a row
 * whose segment is unchanged in the next answer keeps its rendered cells (`useRows`).
 */
export const SegmentPickerTable = memo(function SegmentPickerTable({ segments, isLoading, availability, dataSourcesById, pickedSids, onPickChange, onPickPageLater }: SegmentPickerTableProps) {
  const rows = useRows(segments, availability, dataSourcesById)
  const disabledKeys = useMemo(
    () => rows.filter((r) => r.a.blockedReason || r.a.refusedReason).map((r) => String(r.segment.sid)),
    [rows],
  )
  const selectedKeys = useMemo(
    () => new Set(rows.filter((r) => pickedSids.has(r.segment.sid)).map((r) => String(r.segment.sid))),
    [rows, pickedSids],
  )

  const onSelectionChange = (keys: Selection) => {
    const disabled = new Set(disabledKeys)
    const added: Segment[] = []
    const removed: number[] = []
    if (keys === 'all' && rows.some((r) => r.a.mapped === null)) {
      onPickPageLater(rows.filter((r) => !r.a.blockedReason && !r.a.refusedReason).map((r) => r.segment))
      return
    }
    if (keys === 'all') {
      // The header checkbox takes only what a bulk selection may take (not mapped rows); pressed
      // again once those are all picked, it clears the page (Spectrum cannot tell "all" apart here).
      const takeable = rows.filter((r) => takenByBulkSelect(r.a))
      if (takeable.length > 0 && takeable.every((r) => pickedSids.has(r.segment.sid))) {
        onPickChange([], rows.filter((r) => pickedSids.has(r.segment.sid)).map((r) => r.segment.sid))
      } else {
        onPickChange(takeable.filter((r) => !pickedSids.has(r.segment.sid)).map((r) => r.segment), [])
      }
      return
    }
    for (const { segment } of rows) {
      const key = String(segment.sid)
      if (disabled.has(key)) continue
      const selected = keys.has(key)
      if (selected && !pickedSids.has(segment.sid)) added.push(segment)
      if (!selected && pickedSids.has(segment.sid)) removed.push(segment.sid)
    }
    onPickChange(added, removed)
  }

  return (
    <TableView aria-label="Segments" selectionMode="multiple" selectedKeys={selectedKeys} disabledKeys={disabledKeys}
      onSelectionChange={onSelectionChange} density="compact" flex="1" minHeight="size-3600" width="100%"
      renderEmptyState={() => (
        <IllustratedMessage>
          <Heading level={3}>No segments found</Heading>
          <Content>Try another folder, search or filter.</Content>
        </IllustratedMessage>
      )}>
      <TableHeader>
        <Column key="sid" width={110}>Segment ID</Column>
        <Column key="name" isRowHeader width="2fr" minWidth={220}>Name</Column>
        <Column key="code" width="1fr" minWidth={130}>Integration Code</Column>
        <Column key="dataSource" width="1fr" minWidth={130}>Data Source</Column>
        <Column key="status" width={90}>Status</Column>
        <Column key="population" width={110} align="end">Population</Column>
        <Column key="availability" width="1.5fr" minWidth={200}>Availability</Column>
      </TableHeader>
      <TableBody items={rows} loadingState={isLoading ? 'loading' : 'idle'}>
        {({ segment, a, dataSourceName }) => (
          <Row key={String(segment.sid)}>
            <Cell>{String(segment.sid)}</Cell>
            <Cell textValue={segment.name}><TruncatedText>{segment.name}</TruncatedText></Cell>
            <Cell textValue={segment.integrationCode ?? ''}><TruncatedText>{segment.integrationCode}</TruncatedText></Cell>
            <Cell><TruncatedText>{dataSourceName}</TruncatedText></Cell>
            <Cell>{segment.status === 'ACTIVE' ? 'Active' : 'Inactive'}</Cell>
            <Cell>{segment.totalUniques30Day == null ? 'Unknown' : population.format(segment.totalUniques30Day)}</Cell>
            <Cell textValue={[a.mapped && 'Mapped', a.blockedReason && `Blocked. ${a.blockedReason}`, a.refusedReason].filter(Boolean).join('. ')}>
              <AvailabilityCell a={a} />
            </Cell>
          </Row>
        )}
      </TableBody>
    </TableView>
  )
})
