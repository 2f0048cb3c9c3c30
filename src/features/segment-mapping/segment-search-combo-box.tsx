import { ComboBox, Item, Text } from '@adobe/react-spectrum'
import type { Key } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Segment } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import type { SegmentAvailability } from './segment-availability'
import { useSearchTextLimit } from '../../lib/search-text-limit'
import { useDebouncedValue } from '../../lib/use-debounced-value'

/**
 * Type-ahead pause before a search is sent (ms). The options are hidden ("Loading...") from the first
 * key until the answer for the text in the box arrives, so every millisecond here is one the user
 * waits for them. 150 ms still lets a burst of fast typing (keys under 150 ms apart) send one
 * search instead of one per key, so the list does not flash intermediate answers while the user
 * types; a superseded request is aborted anyway (TanStack Query cancels a query nobody observes).
 */
export const SEGMENT_SEARCH_DEBOUNCE_MS = 150
/** How many matches the combobox offers (the first page of `GET /v1/segments/`). */
const OPTION_COUNT = 20
const NO_SEGMENTS: Segment[] = []

interface SegmentSearchComboBoxProps {
  availability: (segment: Segment) => SegmentAvailability
  /** Called with the chosen segment (opens Edit Mapping for it). */
  onPick: (segment: Segment) => void
  /**
   * Disables the box. It then shows no description of its own (Spectrum greys a disabled field's help
   * text out below readable contrast): the caller shows why as text and passes its id in `aria-describedby`.
   */
  isDisabled?: boolean
  /** Ids of text elsewhere on the page that describes the box (e.g. why it is disabled). */
  'aria-describedby'?: string
}

function describe(segment: Segment, a: SegmentAvailability): string {
  const parts = [`ID ${segment.sid}`]
  if (segment.integrationCode) parts.push(`Integration code ${segment.integrationCode}`)
  if (a.mapped) parts.push('Mapped')
  if (a.blockedReason) parts.push(`Blocked: ${a.blockedReason}`)
  else if (a.refusedReason) parts.push(`Not addable: ${a.refusedReason}`)
  return parts.join(' · ')
}

const isAddable = (a: SegmentAvailability) => !a.blockedReason && !a.refusedReason

/**
 * ComboBox "Search and Add Segments": type-ahead over segment name, ID and integration code
 * (`segmentQueries.list`, first 20 matches, debounced `SEGMENT_SEARCH_DEBOUNCE_MS`). The options are
 * always the answer for the trimmed text in the box: while that answer is pending (debounce or
 * request) the list is empty and says "Loading...", never the options of an earlier text, so an
 * option the user moves to cannot be swapped under them. A refresh of the same answer (refetch, or
 * `availability` changing when the mapped segments arrive) keeps the same keys, so the focused
 * option stays focused. Options show name, ID and integration code, "Mapped", and why blocked or
 * refused segments are disabled; choosing an addable one calls `onPick` and clears the box. A failed
 * search is shown as the box's error message, and the typed text stays. A text over the server's
 * search limit (`useSearchTextLimit`) is not sent: the box keeps it, says so as its error message and
 * offers no options (none would match the text in the box).
 */
export function SegmentSearchComboBox({ availability, onPick, isDisabled, 'aria-describedby': describedBy }: SegmentSearchComboBoxProps) {
  const [input, setInput] = useState('')
  const typed = input.trim()
  const limit = useSearchTextLimit(input)
  const tooLong = limit.search === null
  // While the text is too long the debounce keeps the last text that fitted: nothing new is sent.
  const search = useDebouncedValue(limit.lastSearch, SEGMENT_SEARCH_DEBOUNCE_MS)
  const query = useQuery({
    ...segmentQueries.list({ search, page: 0, pageSize: OPTION_COUNT }),
    // Never the previous search's answer while this one loads: its options would not match the text.
    placeholderData: undefined,
    enabled: search.length > 0,
  })
  // The search for the text in the box has been sent (the debounce is over).
  const current = !tooLong && typed.length > 0 && search === typed
  const found = current ? query.data?.list : undefined
  const failed = current && query.isError && !query.isFetching && !found
  const items = useMemo(() => (found ?? NO_SEGMENTS).map((segment) => ({ segment, a: availability(segment) })), [found, availability])
  const disabledKeys = useMemo(() => items.filter((i) => !isAddable(i.a)).map((i) => String(i.segment.sid)), [items])
  const onSelectionChange = (key: Key | null) => {
    const chosen = items.find((i) => String(i.segment.sid) === String(key))
    if (!chosen || !isAddable(chosen.a)) return
    setInput('')
    onPick(chosen.segment)
  }
  // "loading": the list is empty and says so. Undefined when there is nothing to search, the text is
  // too long or the search failed: Spectrum then closes the menu instead of saying "No results".
  const loadingState = typed.length === 0 || tooLong || failed ? undefined : !found ? 'loading' : query.isFetching ? 'filtering' : 'idle'
  return (
    <ComboBox
      label="Search and Add Segments"
      description={isDisabled ? undefined : 'Type a segment name, segment ID or integration code.'}
      aria-describedby={describedBy}
      items={items}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={null}
      onSelectionChange={onSelectionChange}
      disabledKeys={disabledKeys}
      loadingState={loadingState}
      validationState={tooLong || failed ? 'invalid' : undefined}
      errorMessage={tooLong ? limit.fieldProps.errorMessage : failed ? `Could not search segments: ${query.error?.message} Change the text to search again.` : undefined}
      isDisabled={isDisabled}
      menuTrigger="input"
      width="size-4600"
    >
      {({ segment, a }) => (
        <Item key={String(segment.sid)} textValue={segment.name}>
          <Text>{segment.name}</Text>
          <Text slot="description">{describe(segment, a)}</Text>
        </Item>
      )}
    </ComboBox>
  )
}
