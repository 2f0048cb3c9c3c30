import { ActionButton, Button, Content, Flex, Heading, IllustratedMessage, InlineAlert, SearchField, Text } from '@adobe/react-spectrum'
import Delete from '@spectrum-icons/workflow/Delete'
import Edit from '@spectrum-icons/workflow/Edit'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { destinationQueries, type MappingListParams, type MappingSortBy } from '../../api/destinations'
import type { Destination, Mapping } from '../../api/schemas'
import { TruncatedText } from '../../components/truncated-text'
import { VirtualGrid, type GridColumn, type GridLoadingState, type GridSort } from '../../components/virtual-grid'
import { deliveryStatus } from '../../domain/delivery-status'
import { formatDay, todayUtc } from '../../lib/dates'
import { useSearchTextLimit } from '../../lib/search-text-limit'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { DeliveryStatusCell } from './delivery-status-cell'
import cellStyles from './mapping-cells.module.css'
import { mappingDisplayValue, mappingInputKind, mappingValueSortBy, SEGMENT_STATUS_TEXT, type MappingInputKind } from './mapping-rules'
import { MappingValueCell } from './mapping-value-cell'
import { useAutoFillTargets } from './use-auto-fill-targets'

interface MappingTableProps {
  destination: Destination
  /** The user may edit and remove mappings; otherwise the row actions are disabled. */
  canMap: boolean
  /** Element id of the text saying why the row actions are disabled. */
  disabledReasonId?: string
  onEdit: (mapping: Mapping) => void
  onRemove: (mapping: Mapping) => void
}

/** Quiet time after typing before the search goes to the server (ms). */
export const MAPPING_SEARCH_DEBOUNCE_MS = 150
/** The next page is fetched once one of the last this-many loaded rows is rendered (about three table heights ahead). */
export const MAPPING_PREFETCH_ROWS = 45
/** Height of the table, header included (px at medium scale; Spectrum's `size-6000`). */
const TABLE_HEIGHT = 480

const COLUMN_SORT: Record<string, MappingSortBy | ((kind: MappingInputKind) => MappingSortBy)> = {
  sid: 'sid',
  name: 'elementName',
  status: 'elementStatus',
  start: 'startDate',
  end: 'endDate',
  mapping: mappingValueSortBy,
}

/** Table sort -> server `sortBy` + `descending`; none keeps the server's order (creation order). */
function sortParams(sort: GridSort | undefined, kind: MappingInputKind): Pick<MappingListParams, 'sortBy' | 'descending'> {
  const key = sort ? COLUMN_SORT[String(sort.column)] : undefined
  if (!sort || !key) return {}
  return { sortBy: typeof key === 'function' ? key(kind) : key, descending: sort.direction === 'descending' }
}

const segmentName = (m: Mapping) => m.elementName ?? `Segment ${m.sid}`

/** The loaded pages as one list; a row that moved between pages while they loaded appears once. */
function loadedRows(pages: readonly { list: Mapping[] }[] | undefined): Mapping[] {
  if (!pages) return []
  const seen = new Set<number>()
  return pages.flatMap((p) => p.list).filter((m) => !seen.has(m.mappingId) && seen.add(m.mappingId))
}

/** One table row: the mapping, the auto-fill value it differs from (or null) and the UTC day its status is for. */
interface MappingRow {
  mapping: Mapping
  target: string | null
  today: string
}

/**
 * The table's items, one per loaded mapping. A row object is reused for as long as its mapping
 * object (kept by TanStack Query's structural sharing across pages and refetches), its auto-fill
 * flag and the day stay the same: the grid's rows re-render only when their item changes, so
 * appending a page or a new flag renders only the rows concerned.
 */
function useRowObjects(mappings: readonly Mapping[], targets: ReadonlyMap<number, string>, today: string): MappingRow[] {
  // A new day starts a new cache (statuses depend on it).
  const cache = useMemo(() => ({ today, rows: new WeakMap<Mapping, MappingRow>() }), [today])
  return useMemo(
    () =>
      mappings.map((mapping) => {
        const target = targets.get(mapping.mappingId) ?? null
        const cached = cache.rows.get(mapping)
        if (cached && cached.target === target) return cached
        const row = { mapping, target, today: cache.today }
        cache.rows.set(mapping, row)
        return row
      }),
    [cache, mappings, targets],
  )
}

/** What a row needs from the table that may change without the row changing (read through context). */
interface MappingRowContext {
  canMap: boolean
  disabledReasonId?: string
  edit: (mapping: Mapping) => void
  remove: (mapping: Mapping) => void
}

const RowContext = createContext<MappingRowContext>({ canMap: false, edit: () => {}, remove: () => {} })

/** The row actions "Edit mapping for {name}" and "Remove mapping for {name}" (disabled with the reason without permission). */
function RowActions({ mapping }: { mapping: Mapping }) {
  const { canMap, disabledReasonId, edit, remove } = useContext(RowContext)
  const name = segmentName(mapping)
  return (
    <Flex gap="size-50">
      <ActionButton isQuiet aria-label={`Edit mapping for ${name}`} isDisabled={!canMap} aria-describedby={disabledReasonId} onPress={() => edit(mapping)}>
        <Edit />
      </ActionButton>
      <ActionButton isQuiet aria-label={`Remove mapping for ${name}`} isDisabled={!canMap} aria-describedby={disabledReasonId} onPress={() => remove(mapping)}>
        <Delete />
      </ActionButton>
    </Flex>
  )
}

/** The Mapping cell: the value, with the auto-fill badge when the rule gives another one. */
function MappingCell({ row }: { row: MappingRow }) {
  return <MappingValueCell value={mappingDisplayValue(row.mapping)} autoFillValue={row.target} />
}

/** The Delivery Status cell: status and explanation for the row's day (`withHelp`: with its help button). */
function DeliveryCell({ row, withHelp = true }: { row: MappingRow; withHelp?: boolean }) {
  const status = deliveryStatus(row.mapping, row.today)
  return <DeliveryStatusCell status={status.status} explanation={status.explanation} withHelp={withHelp} />
}

/** The Actions cell of a row shown while scrolling: room for its two buttons. */
function ActionSlots() {
  return (
    <Flex gap="size-50">
      <span className={cellStyles.actionButtonSlot} />
      <span className={cellStyles.actionButtonSlot} />
    </Flex>
  )
}

/** The columns, in the product spec's order (2.4), then delivery status and actions. */
const COLUMNS: readonly GridColumn<MappingRow>[] = [
  { key: 'sid', title: 'Segment ID', minWidth: 130, allowsSorting: true, render: (row) => String(row.mapping.sid) },
  { key: 'name', title: 'Name', minWidth: 160, grow: 2, allowsSorting: true, isRowHeader: true, render: (row) => <TruncatedText>{segmentName(row.mapping)}</TruncatedText> },
  { key: 'description', title: 'Description', minWidth: 110, grow: 1, render: (row) => <TruncatedText>{row.mapping.elementDescription}</TruncatedText> },
  { key: 'status', title: 'Segment Status', minWidth: 165, allowsSorting: true, render: (row) => SEGMENT_STATUS_TEXT[row.mapping.elementStatus] },
  { key: 'start', title: 'Start Date', minWidth: 115, allowsSorting: true, render: (row) => formatDay(row.mapping.startDate) },
  { key: 'end', title: 'End Date', minWidth: 115, allowsSorting: true, render: (row) => (row.mapping.endDate ? formatDay(row.mapping.endDate) : 'No end date') },
  { key: 'mapping', title: 'Mapping', minWidth: 110, grow: 1, allowsSorting: true, render: (row) => <MappingCell row={row} /> },
  // The buttons are the costliest part of a row: rows that appear while scrolling get them once it stops.
  { key: 'delivery', title: 'Delivery Status', minWidth: 220, grow: 1.5, render: (row) => <DeliveryCell row={row} />, placeholder: (row) => <DeliveryCell row={row} withHelp={false} /> },
  { key: 'actions', title: 'Actions', minWidth: 120, render: (row) => <RowActions mapping={row.mapping} />, placeholder: () => <ActionSlots /> },
]

const rowKey = (row: MappingRow) => String(row.mapping.mappingId)

/**
 * The table "Segments Mapped to {destination name}" (product spec 2.4), paged by the server
 * (`destinationQueries.mappingPages`: a first page of `MAPPING_PAGE_SIZE` rows, then larger ones):
 * the first page shows at once, later pages load as the user scrolls, `MAPPING_PREFETCH_ROWS`
 * rows before the end. A `VirtualGrid` (TanStack Virtual) renders only the rows in view, so scrolling through
 * thousands of rows and appending pages cost the same as for a short list. The search box "Search
 * mapped segments" (segment name, segment ID, mapping value) and the sortable columns go to the
 * server; the previous rows stay while the next answer loads and superseded requests are aborted.
 * The count reads "{total} mappings", or "{matches} of {total} mappings" while searching. Dates are
 * UTC days shown as MM/DD/YYYY; each row carries its delivery status with the reason in words and
 * the row actions "Edit mapping for {segment name}" / "Remove mapping for {segment name}". A Mapping
 * value that differs from the destination's current auto-fill rule carries the badge "Differs from
 * auto-fill".
 */
export function MappingTable({ destination, canMap, disabledReasonId, onEdit, onRemove }: MappingTableProps) {
  const title = `Segments Mapped to ${destination.name}`
  const { destinationId } = destination
  const [search, setSearch] = useState('')
  const [sort, setSort] = useState<GridSort | undefined>(undefined)
  // Text over the API's limit stays in the box, flagged, and is not sent (the last rows stay).
  const searchLimit = useSearchTextLimit(search)
  const serverSearch = useDebouncedValue(searchLimit.lastSearch, MAPPING_SEARCH_DEBOUNCE_MS)
  const params: MappingListParams = { search: serverSearch, ...sortParams(sort, mappingInputKind(destination)) }
  const query = useInfiniteQuery(destinationQueries.mappingPages(destinationId, params))
  // The search and sort the rows on screen answer (the previous ones while the next answer loads).
  const viewKey = JSON.stringify(params)
  const [shown, setShown] = useState({ viewKey, search: serverSearch })
  if (query.data && !query.isPlaceholderData && shown.viewKey !== viewKey) setShown({ viewKey, search: serverSearch })
  const shownSearch = shown.search
  const searching = shownSearch !== ''
  const totalQuery = useQuery({ ...destinationQueries.mappingTotal(destinationId), enabled: searching, placeholderData: destination.mappingCount })
  const matches = query.data?.pages[0]?.total
  const total = searching ? totalQuery.data : matches

  const mappings = useMemo(() => loadedRows(query.data?.pages), [query.data])
  const targets = useAutoFillTargets(destination, mappings)
  const rows = useRowObjects(mappings, targets, todayUtc())

  const { hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage } = query
  const loadMore = useCallback(() => {
    // cancelRefetch: false joins a request already on its way instead of restarting it.
    if (hasNextPage && !isFetchingNextPage && !isPlaceholderData) void fetchNextPage({ cancelRefetch: false })
  }, [hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage])
  // Rows re-render only when their mapping changes, so what they call goes through a context whose
  // value stays put: the latest handlers are read from a ref.
  const latest = useRef({ onEdit, onRemove })
  useLayoutEffect(() => {
    latest.current = { onEdit, onRemove }
  })
  const rowContext = useMemo<MappingRowContext>(
    () => ({ canMap, disabledReasonId, edit: (mapping) => latest.current.onEdit(mapping), remove: (mapping) => latest.current.onRemove(mapping) }),
    [canMap, disabledReasonId],
  )
  const loadingState: GridLoadingState = query.isPending
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

  const emptyState = (
    <IllustratedMessage>
      <Heading level={4}>{searching ? 'No mapped segments match your search.' : 'No segments are mapped to this destination yet.'}</Heading>
      <Content>{searching ? 'Try a segment name, a segment ID or a mapping value.' : 'Use Search and Add Segments or Browse All Segments to map segments to this destination.'}</Content>
    </IllustratedMessage>
  )

  return (
    <Flex direction="column" gap="size-150">
      <Heading level={3}>{title}</Heading>
      <Flex gap="size-200" alignItems="end" wrap>
        <SearchField label="Search mapped segments" value={search} onChange={setSearch} width="size-4600" {...searchLimit.fieldProps} />
        {countText ? <Text>{countText}</Text> : null}
      </Flex>
      {query.data ? null : errorAlert}
      {query.data || !query.isError ? (
        <RowContext.Provider value={rowContext}>
          {/* Another search or sort starts at its first row, not where the previous list was scrolled to. */}
          <VirtualGrid aria-label={title} columns={COLUMNS} items={rows} getKey={rowKey} height={TABLE_HEIGHT} sort={sort} onSortChange={setSort}
            loadingState={loadingState} onLoadMore={loadMore} loadMoreRows={MAPPING_PREFETCH_ROWS} emptyState={emptyState} resetScrollKey={shown.viewKey}
            rowCount={matches} />
        </RowContext.Provider>
      ) : null}
      {query.data ? errorAlert : null}
    </Flex>
  )
}
