import {
  ActionButton, Button, Cell, Column, Content, Flex, Heading, IllustratedMessage, InlineAlert, Row, SearchField, TableBody,
  TableHeader, TableView, Text, type SpectrumTableProps,
} from '@adobe/react-spectrum'
import Delete from '@spectrum-icons/workflow/Delete'
import Edit from '@spectrum-icons/workflow/Edit'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState, type UIEvent } from 'react'
import { destinationQueries, type MappingListParams, type MappingSortBy } from '../../api/destinations'
import type { Destination, Mapping } from '../../api/schemas'
import { TruncatedText } from '../../components/truncated-text'
import { deliveryStatus } from '../../domain/delivery-status'
import { formatDay, todayUtc } from '../../lib/dates'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { DeliveryStatusCell } from './delivery-status-cell'
import { mappingDisplayValue, mappingInputKind, mappingValueSortBy, SEGMENT_STATUS_TEXT, type MappingInputKind } from './mapping-rules'
import { MappingValueCell } from './mapping-value-cell'
import { mappingValueText, useAutoFillTargets } from './use-auto-fill-targets'

interface MappingTableProps {
  destination: Destination
  /** The user may edit and remove mappings; otherwise the row actions are disabled. */
  canMap: boolean
  /** Element id of the text saying why the row actions are disabled. */
  disabledReasonId?: string
  onEdit: (mapping: Mapping) => void
  onRemove: (mapping: Mapping) => void
  /** Called once, after the first page of rows (or its error) is on screen. */
  onFirstPageShown?: () => void
}

type SortDescriptor = NonNullable<SpectrumTableProps<unknown>['sortDescriptor']>

/** Quiet time after typing before the search goes to the server (ms). */
export const MAPPING_SEARCH_DEBOUNCE_MS = 150
/** The next page is fetched once the user scrolls within this many table heights of the end. */
const PREFETCH_VIEWPORTS = 3

const COLUMN_SORT: Record<string, MappingSortBy | ((kind: MappingInputKind) => MappingSortBy)> = {
  sid: 'sid',
  name: 'elementName',
  status: 'elementStatus',
  start: 'startDate',
  end: 'endDate',
  mapping: mappingValueSortBy,
}

/** Table sort -> server `sortBy` + `descending`; none keeps the server's order (creation order). */
function sortParams(sort: SortDescriptor | undefined, kind: MappingInputKind): Pick<MappingListParams, 'sortBy' | 'descending'> {
  const key = sort ? COLUMN_SORT[String(sort.column)] : undefined
  if (!sort || !key) return {}
  return { sortBy: typeof key === 'function' ? key(kind) : key, descending: sort.direction === 'descending' }
}

interface MappingRow {
  mapping: Mapping
  target: string | null
}

const segmentName = (m: Mapping) => m.elementName ?? `Segment ${m.sid}`

/** The loaded pages as one list; a row that moved between pages while they loaded appears once. */
function loadedRows(pages: readonly { list: Mapping[] }[] | undefined): Mapping[] {
  if (!pages) return []
  const seen = new Set<number>()
  return pages.flatMap((p) => p.list).filter((m) => !seen.has(m.mappingId) && seen.add(m.mappingId))
}

/**
 * The table "Segments Mapped to {destination name}" (product spec 2.4), paged by the server
 * (`destinationQueries.mappingPages`, `MAPPING_PAGE_SIZE` rows per request): the first page shows
 * at once, later pages load as the user scrolls (Spectrum's virtualized TableView, `onLoadMore`,
 * plus a prefetch a few screens before the end). The search box "Search mapped segments" (segment
 * name, segment ID, mapping value) and the sortable columns go to the server; the previous rows
 * stay while the next answer loads and superseded requests are aborted. The count reads
 * "{total} mappings", or "{matches} of {total} mappings" while searching. Dates are UTC days shown
 * as MM/DD/YYYY; each row carries its delivery status with the reason in words and the row actions
 * "Edit mapping for {segment name}" / "Remove mapping for {segment name}". A Mapping value that
 * differs from the destination's current auto-fill rule carries the badge "Differs from auto-fill".
 */
export function MappingTable({ destination, canMap, disabledReasonId, onEdit, onRemove, onFirstPageShown }: MappingTableProps) {
  const title = `Segments Mapped to ${destination.name}`
  const { destinationId } = destination
  const [search, setSearch] = useState('')
  const [sort, setSort] = useState<SortDescriptor | undefined>(undefined)
  const serverSearch = useDebouncedValue(search.trim(), MAPPING_SEARCH_DEBOUNCE_MS)
  const params: MappingListParams = { search: serverSearch, ...sortParams(sort, mappingInputKind(destination)) }
  const query = useInfiniteQuery(destinationQueries.mappingPages(destinationId, params))
  // The search and sort the rows on screen answer (the previous ones while the next answer loads).
  const viewKey = JSON.stringify(params)
  const [shown, setShown] = useState({ viewKey, search: serverSearch })
  if (query.data && !query.isPlaceholderData && shown.viewKey !== viewKey) setShown({ viewKey, search: serverSearch })
  const shownSearch = shown.search
  const searching = shownSearch !== ''
  // Another search or sort starts at its first row, not where the previous list was scrolled to.
  const wrapperRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    for (const group of wrapperRef.current?.querySelectorAll('[role="rowgroup"]') ?? []) group.scrollTop = 0
  }, [shown.viewKey])
  const totalQuery = useQuery({ ...destinationQueries.mappingTotal(destinationId), enabled: searching, placeholderData: destination.mappingCount })
  const matches = query.data?.pages[0]?.total
  const total = searching ? totalQuery.data : matches

  const mappings = useMemo(() => loadedRows(query.data?.pages), [query.data])
  const targets = useAutoFillTargets(destination, mappings)
  // New row objects whenever a flag changes: Spectrum caches each row's cells by its item object.
  // Spectrum caches each row's cells by its item object: reuse a row's object while its mapping and
  // auto-fill target are unchanged, so appending a page renders only the new rows.
  const [rowCache] = useState(() => new WeakMap<Mapping, MappingRow>())
  const rows = useMemo(() => mappings.map((mapping) => {
    const target = targets.get(mapping.mappingId) ?? null
    const cached = rowCache.get(mapping)
    if (cached && cached.target === target) return cached
    const row = { mapping, target }
    rowCache.set(mapping, row)
    return row
  }), [mappings, targets, rowCache])
  const today = todayUtc()

  const settled = query.isSuccess || query.isError
  useEffect(() => {
    if (settled) onFirstPageShown?.()
  }, [settled, onFirstPageShown])

  const { hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage } = query
  const loadMore = () => {
    // cancelRefetch: false joins a request already on its way instead of restarting it.
    if (hasNextPage && !isFetchingNextPage && !isPlaceholderData) void fetchNextPage({ cancelRefetch: false })
  }
  // Scroll events do not bubble, but they pass this wrapper in the capture phase.
  const prefetchNearEnd = (event: UIEvent<HTMLDivElement>) => {
    const body = event.target as HTMLElement
    if (body.scrollHeight - body.scrollTop - body.clientHeight < body.clientHeight * PREFETCH_VIEWPORTS) loadMore()
  }
  const loadingState = query.isPending
    ? 'loading'
    : isFetchingNextPage
      ? 'loadingMore'
      : isPlaceholderData
        ? (shownSearch === serverSearch ? 'sorting' : 'filtering')
        : 'idle'
  const loadError = query.isError
    ? query.isFetchNextPageError
      ? { heading: 'Could not load more mappings', retry: () => void fetchNextPage({ cancelRefetch: false }) }
      : { heading: query.data ? 'Could not refresh the mappings' : 'Could not load the mappings', retry: () => void query.refetch() }
    : null
  const countText = matches === undefined ? null : searching ? (total === undefined ? `${matches} matching mappings` : `${matches} of ${total} mappings`) : `${matches} mappings`

  const errorAlert = loadError ? (
    <InlineAlert variant="negative">
      <Heading level={4}>{loadError.heading}</Heading>
      <Content>
        <Flex direction="column" gap="size-100" alignItems="start">
          <Text>{query.error?.message}</Text>
          <Button variant="secondary" onPress={loadError.retry}>Retry</Button>
        </Flex>
      </Content>
    </InlineAlert>
  ) : null

  return (
    <Flex direction="column" gap="size-150">
      <Heading level={3}>{title}</Heading>
      <Flex gap="size-200" alignItems="end" wrap>
        <SearchField label="Search mapped segments" value={search} onChange={setSearch} width="size-4600" />
        {countText ? <Text>{countText}</Text> : null}
      </Flex>
      {query.data ? null : errorAlert}
      {query.data || !query.isError ? (
        <div ref={wrapperRef} onScrollCapture={prefetchNearEnd}>
          <TableView aria-label={title} height="size-6000" width="100%" sortDescriptor={sort} onSortChange={setSort}
            renderEmptyState={() => (
              <IllustratedMessage>
                <Heading level={4}>{searching ? 'No mapped segments match your search.' : 'No segments are mapped to this destination yet.'}</Heading>
                <Content>{searching ? 'Try a segment name, a segment ID or a mapping value.' : 'Use Search and Add Segments or Browse All Segments to map segments to this destination.'}</Content>
              </IllustratedMessage>
            )}>
            <TableHeader>
              <Column key="sid" allowsSorting width={120}>Segment ID</Column>
              <Column key="name" allowsSorting isRowHeader width="2fr" minWidth={160}>Name</Column>
              <Column key="description" width="1fr" minWidth={110}>Description</Column>
              <Column key="status" allowsSorting width={150}>Segment Status</Column>
              <Column key="start" allowsSorting width={115}>Start Date</Column>
              <Column key="end" allowsSorting width={115}>End Date</Column>
              <Column key="mapping" allowsSorting width="1fr" minWidth={110}>Mapping</Column>
              <Column key="delivery" width="1.5fr" minWidth={220}>Delivery Status</Column>
              <Column key="actions" width={90}>Actions</Column>
            </TableHeader>
            <TableBody items={rows} loadingState={loadingState} onLoadMore={loadMore}>
              {({ mapping: m, target }) => {
                const name = segmentName(m)
                const status = deliveryStatus(m, today)
                const value = mappingDisplayValue(m)
                return (
                  <Row key={m.mappingId}>
                    <Cell>{String(m.sid)}</Cell>
                    <Cell textValue={name}><TruncatedText>{name}</TruncatedText></Cell>
                    <Cell textValue={m.elementDescription ?? ''}><TruncatedText>{m.elementDescription}</TruncatedText></Cell>
                    <Cell>{SEGMENT_STATUS_TEXT[m.elementStatus]}</Cell>
                    <Cell>{formatDay(m.startDate)}</Cell>
                    <Cell>{m.endDate ? formatDay(m.endDate) : 'No end date'}</Cell>
                    <Cell textValue={mappingValueText(value, target)}><MappingValueCell value={value} autoFillValue={target} /></Cell>
                    <Cell textValue={`${status.status}. ${status.explanation}`}>
                      <DeliveryStatusCell status={status.status} explanation={status.explanation} />
                    </Cell>
                    <Cell textValue="Actions">
                      <Flex gap="size-50">
                        <ActionButton isQuiet aria-label={`Edit mapping for ${name}`} isDisabled={!canMap} aria-describedby={disabledReasonId} onPress={() => onEdit(m)}>
                          <Edit />
                        </ActionButton>
                        <ActionButton isQuiet aria-label={`Remove mapping for ${name}`} isDisabled={!canMap} aria-describedby={disabledReasonId} onPress={() => onRemove(m)}>
                          <Delete />
                        </ActionButton>
                      </Flex>
                    </Cell>
                  </Row>
                )
              }}
            </TableBody>
          </TableView>
        </div>
      ) : null}
      {query.data ? errorAlert : null}
    </Flex>
  )
}
