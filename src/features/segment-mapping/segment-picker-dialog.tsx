import {
  Button, ButtonGroup, Content, Dialog, Divider, Flex, Footer, Heading, InlineAlert, Item, Picker, ProgressBar, ProgressCircle, SearchField,
  Text, View,
} from '@adobe/react-spectrum'
import type { Key } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Segment, SegmentStatus } from '../../api/schemas'
import { segmentQueries, type SegmentFilter } from '../../api/segments'
import { describeError } from '../../components/error-message'
import { MappingListAlert } from './mapping-list-alert'
import type { KnownAvailability, MappedMarks, SegmentAvailability } from './segment-availability'
import { formatCount, planSelectAll, SELECT_ALL_MAX, selectAllSummary, takenByBulkSelect, useSelectAllMatching } from './select-all-matching'
import { SegmentFolderTree } from './segment-folder-tree'
import { SegmentPickerTable } from './segment-picker-table'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { useDataSourcesById } from './use-mapping-lookups'

const PAGE_SIZE = 50
/**
 * Type-ahead pause before a search is sent. Short, because a superseded search is cancelled (its
 * request aborted) and the previous rows stay on screen until the next ones arrive: a search that
 * starts early costs little, while every millisecond waited here is one the user waits too.
 */
const SEARCH_DEBOUNCE_MS = 60
const NO_SEGMENTS: Segment[] = []

/** What waits for the "Mapped" marks: "Add Selected Segments" or the page's "Select All" checkbox. */
type MarksWaitReason = 'add' | 'page'
type MarksWait =
  | { kind: 'idle' }
  | { kind: 'waiting'; what: MarksWaitReason }
  | { kind: 'failed'; what: MarksWaitReason; error: unknown; retry: () => void }
/** Availability with the "Mapped" mark known (what `marks.load()` resolves with). */
type KnownRule = (segment: Segment) => KnownAvailability
const STATUS_ITEMS = [
  { id: 'all', name: 'All' },
  { id: 'ACTIVE', name: 'Active' },
  { id: 'INACTIVE', name: 'Inactive' },
]

/**
 * SearchField "Search segments" that keeps what is typed to itself and calls `onSearch` with the
 * trimmed text once it has stayed the same for `SEARCH_DEBOUNCE_MS` (and once on mount, with "").
 * Typing renders only this field, not the whole dialog.
 */
const SegmentSearchField = memo(function SegmentSearchField({ onSearch }: { onSearch: (text: string) => void }) {
  const [text, setText] = useState('')
  const settled = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS)
  useEffect(() => onSearch(settled), [settled, onSearch])
  return <SearchField label="Search segments" description="Name, segment ID or integration code" value={text} onChange={setText} autoFocus width="size-3600" />
})

interface SegmentPickerDialogProps {
  /** Mapped / Blocked / Not addable for one segment on this destination (the section's rule; `mapped` null while unknown). */
  availability: (segment: Segment) => SegmentAvailability
  /** Whether the "Mapped" marks are known yet, and how to wait for them. */
  marks: MappedMarks
  /** Called with the picked segments ("Add Selected Segments"); the caller closes the picker. */
  onConfirm: (segments: Segment[]) => void
  onCancel: () => void
}

/**
 * Dialog "Browse All Segments" (product spec 2.3): the folder tree "Segment folders" (choosing a
 * folder limits the list to it and its subfolders, server-side), search "Search segments"
 * (debounced 60 ms; typing renders only the field), filters "Data Source" and "Status", and the
 * "Segments" table with server paging (50 per page). The selection is a Map sid -> Segment kept across folders, searches, filters
 * and pages; "N selected" counts it. Rows blocked by Data Export Controls, or refused by
 * integration-code auto-fill, cannot be selected and say why. While a search, a folder or a filter
 * is active, "Select all {N} matching" reads every match from the server (pages of 1,000, with a
 * progress bar and "Stop selecting") and adds the ones a bulk selection may take (not mapped,
 * blocked or refused), then says how many it added and skipped and why; at most 5,000 at once.
 * A new search cancels the request it replaces and keeps the previous rows until the next arrive.
 *
 * The "Mapped" marks come from the destination's full mapping list, which may still be loading when
 * the picker opens (`marks`): rows show no mark until then, and what decides on them waits for the
 * list (`marks.load()`) instead of guessing: "Add Selected Segments" (pending), the page's "Select
 * All" checkbox (applied once known) and "Select all N matching" (reads the list alongside the
 * matches). When loading it fails, an alert next to the buttons says so with "Retry" (which carries
 * the waiting action on); the selection stays as it was.
 */
export function SegmentPickerDialog({ availability, marks, onConfirm, onCancel }: SegmentPickerDialogProps) {
  const folders = useQuery(segmentQueries.folders())
  const { dataSourcesById } = useDataSourcesById()
  // Until data sources load, Data Export Controls cannot be checked: bulk selection waits for them.
  const dataSources = useQuery(segmentQueries.dataSources())
  const rootId = folders.data?.[0]?.folderId ?? 0
  const [folderId, setFolderId] = useState<number | null>(null)
  const [search, setSearch] = useState('')
  const [dataSource, setDataSource] = useState<string>('all')
  const [status, setStatus] = useState<string>('all')
  const [page, setPage] = useState(0)
  const [picked, setPicked] = useState<ReadonlyMap<number, Segment>>(new Map())
  // The selection as of the last change, for actions that finish after waiting for the marks.
  const pickedRef = useRef(picked)
  const selectedFolder = folderId ?? rootId

  const filter: SegmentFilter = {
    search: search || undefined,
    folderId: selectedFolder === rootId ? undefined : selectedFolder,
    dataSourceId: dataSource === 'all' ? undefined : Number(dataSource),
    status: status === 'all' ? undefined : (status as SegmentStatus),
  }
  const list = useQuery(segmentQueries.list({ page, pageSize: PAGE_SIZE, ...filter }))
  const selectAll = useSelectAllMatching()
  const limitId = useId()
  const pickedSids = useMemo(() => new Set(picked.keys()), [picked])
  const dataSourceItems = useMemo(
    () => [{ id: 'all', name: 'All data sources' }, ...[...dataSourcesById.values()].map((d) => ({ id: String(d.dataSourceId), name: d.name }))],
    [dataSourcesById],
  )
  const onPickChange = useCallback((added: Segment[], removed: number[]) => {
    const next = new Map(pickedRef.current)
    for (const s of added) next.set(s.sid, s)
    for (const sid of removed) next.delete(sid)
    pickedRef.current = next
    setPicked(next)
  }, [])
  const { load: loadMarks } = marks
  const [waiting, setWaiting] = useState<MarksWait>({ kind: 'idle' })
  const alive = useRef(true)
  useEffect(() => {
    alive.current = true
    return () => { alive.current = false }
  }, [])
  /** Runs `then` with known marks once the mapping list is there; a failure is shown with "Retry" (which runs it again). */
  const afterMarks = useCallback(async function afterMarksKnown(what: MarksWaitReason, then: (known: KnownRule) => void) {
    setWaiting({ kind: 'waiting', what })
    try {
      const known = await loadMarks()
      if (!alive.current) return
      setWaiting({ kind: 'idle' })
      then(known)
    } catch (error) {
      if (alive.current) setWaiting({ kind: 'failed', what, error, retry: () => void afterMarksKnown(what, then) })
    }
  }, [loadMarks])
  // The page's "Select All" checkbox while the marks are unknown: applied once they are, without the mapped rows.
  const onPickPageLater = useCallback((segments: readonly Segment[]) => {
    void afterMarks('page', (known) => onPickChange(segments.filter((s) => takenByBulkSelect(known(s))), []))
  }, [afterMarks, onPickChange])
  // While it waits the button is pending (no second press); a page selection still waiting is applied first.
  const confirm = () => void afterMarks('add', () => onConfirm([...pickedRef.current.values()]))
  const { reset: resetSelectAll } = selectAll
  // Every change of scope starts again at the first page and stops a running "Select all"; the selection stays.
  const onSelectFolder = useCallback((id: number) => { setFolderId(id); setPage(0); resetSelectAll() }, [resetSelectAll])
  const onSearch = useCallback((text: string) => { setSearch(text); setPage(0); resetSelectAll() }, [resetSelectAll])
  const onDataSourceChange = useCallback((k: Key | null) => { setDataSource(String(k ?? 'all')); setPage(0); resetSelectAll() }, [resetSelectAll])
  const onStatusChange = useCallback((k: Key | null) => { setStatus(String(k ?? 'all')); setPage(0); resetSelectAll() }, [resetSelectAll])
  // The filters as elements that change only with their own values, so an answer arriving does not
  // render them again.
  const filterPickers = useMemo(() => (
    <>
      <Picker label="Data Source" items={dataSourceItems} selectedKey={dataSource} onSelectionChange={onDataSourceChange}>
        {(item) => <Item key={item.id}>{item.name}</Item>}
      </Picker>
      <Picker label="Status" items={STATUS_ITEMS} selectedKey={status} onSelectionChange={onStatusChange}>
        {(item) => <Item key={item.id}>{item.name}</Item>}
      </Picker>
    </>
  ), [dataSourceItems, dataSource, onDataSourceChange, status, onStatusChange])
  const total = list.data?.total ?? 0
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const hasScope = Object.values(filter).some((v) => v !== undefined)
  // The count is the current scope's (not a previous search still on screen).
  const matching = list.isSuccess && !list.isPlaceholderData ? total : 0
  const selecting = selectAll.state.kind === 'loading'
  const startSelectAll = () => {
    const scope = filter
    // The mapping list is read alongside the matches: the plan needs both.
    const knownMarks = loadMarks()
    knownMarks.catch(() => {}) // reported through the run below
    void selectAll.run(scope, matching, async (segments, signal) => {
      const known = await knownMarks.catch((error: unknown) => {
        throw new Error(`Could not check which segments are already mapped: ${describeError(error).message}`)
      })
      if (signal.aborted) return ''
      const plan = planSelectAll(segments, known, new Set(pickedRef.current.keys()))
      onPickChange(plan.toAdd, [])
      return selectAllSummary(plan)
    })
  }
  const marksFailure = waiting.kind === 'failed'
    ? { error: waiting.error, retry: waiting.retry, consequence: waiting.what === 'add' ? 'Nothing was added yet; your selection is kept.' : 'The page was not selected; your selection is kept.' }
    : marks.error
      ? { error: marks.error, retry: marks.retry, consequence: 'The "Mapped" marks are missing until it loads.' }
      : null

  return (
    <Dialog>
      <Heading>Browse All Segments</Heading>
      <Divider />
      <Content>
        <Flex gap="size-300" height="100%">
          <View>
            {folders.isPending ? <ProgressCircle aria-label="Loading folders" isIndeterminate /> : null}
            {folders.isError ? <Text>Could not load the folders: {folders.error.message}</Text> : null}
            {folders.data ? <SegmentFolderTree folders={folders.data} selectedFolderId={selectedFolder} onSelect={onSelectFolder} /> : null}
          </View>
          <Flex direction="column" gap="size-150" flex="1" minWidth={0}>
            <Flex gap="size-200" wrap alignItems="end">
              <SegmentSearchField onSearch={onSearch} />
              {filterPickers}
            </Flex>
            {/* Keeps its height without the button too, so the table below never jumps (and lays out
                again) when a search starts or its matches arrive. */}
            <Flex gap="size-150" alignItems="center" wrap minHeight="size-400">
              {hasScope && matching > 0 ? (
                <Button variant="secondary" onPress={startSelectAll} isDisabled={selecting || matching > SELECT_ALL_MAX || !dataSources.isSuccess}
                  aria-describedby={matching > SELECT_ALL_MAX ? limitId : undefined}>
                  {`Select all ${formatCount(matching)} matching`}
                </Button>
              ) : null}
              {hasScope && matching > SELECT_ALL_MAX ? (
                <Text id={limitId}>At most {formatCount(SELECT_ALL_MAX)} segments can be selected at once. Narrow the search, folder or filters.</Text>
              ) : null}
            </Flex>
            <div aria-live="polite">
              {selectAll.state.kind === 'loading' ? (
                <Flex gap="size-150" alignItems="end" wrap>
                  <ProgressBar label="Reading matching segments" value={selectAll.state.loaded} maxValue={Math.max(selectAll.state.total, 1)}
                    valueLabel={`${formatCount(selectAll.state.loaded)} of ${formatCount(selectAll.state.total)}`} width="size-3600" />
                  <Button variant="secondary" onPress={selectAll.cancel}>Stop selecting</Button>
                </Flex>
              ) : null}
              {selectAll.state.kind === 'done' ? <Text>{selectAll.state.message}</Text> : null}
            </div>
            {selectAll.state.kind === 'failed' ? (
              <InlineAlert variant="negative">
                <Heading level={3}>Could not select all matching segments</Heading>
                <Content>
                  {selectAll.state.message} Your selection is unchanged. <Button variant="secondary" onPress={startSelectAll}>Try again</Button>
                </Content>
              </InlineAlert>
            ) : null}
            {list.isError ? (
              <InlineAlert variant="negative">
                <Heading level={3}>Could not load segments</Heading>
                <Content>
                  {list.error.message} <Button variant="secondary" onPress={() => void list.refetch()}>Retry</Button>
                </Content>
              </InlineAlert>
            ) : (
              <SegmentPickerTable segments={list.data?.list ?? NO_SEGMENTS} isLoading={list.isPending} availability={availability}
                dataSourcesById={dataSourcesById} pickedSids={pickedSids} onPickChange={onPickChange} onPickPageLater={onPickPageLater} />
            )}
            <Flex gap="size-150" alignItems="center">
              <Button variant="secondary" isDisabled={page === 0} onPress={() => setPage((p) => p - 1)}>Previous</Button>
              <Text>Page {Math.min(page + 1, pages)} of {pages} ({total === 1 ? '1 segment' : `${formatCount(total)} segments`})</Text>
              {list.isPlaceholderData ? <ProgressCircle size="S" aria-label="Loading segments" isIndeterminate /> : null}
              <Button variant="secondary" isDisabled={page + 1 >= pages} onPress={() => setPage((p) => p + 1)}>Next</Button>
              <View marginStart="auto">
                <Text UNSAFE_style={{ fontWeight: 'bold' }} aria-live="polite">{formatCount(picked.size)} selected</Text>
              </View>
            </Flex>
            {marksFailure ? (
              <MappingListAlert error={marksFailure.error} consequence={marksFailure.consequence} onRetry={marksFailure.retry}
                isRetrying={waiting.kind === 'waiting' || marks.isFetching} />
            ) : null}
          </Flex>
        </Flex>
      </Content>
      <Footer>
        <Text aria-live="polite">
          {waiting.kind === 'waiting'
            ? `Checking which segments are already mapped… ${waiting.what === 'add' ? 'The selected segments are added then.' : 'The page is selected then.'}`
            : !marks.known && !marks.error ? 'Loading the "Mapped" marks…' : ''}
        </Text>
      </Footer>
      <ButtonGroup>
        <Button variant="secondary" onPress={onCancel}>Cancel</Button>
        <Button variant="accent" isDisabled={picked.size === 0} isPending={waiting.kind === 'waiting' && waiting.what === 'add'} onPress={confirm}>
          Add Selected Segments
        </Button>
      </ButtonGroup>
    </Dialog>
  )
}
