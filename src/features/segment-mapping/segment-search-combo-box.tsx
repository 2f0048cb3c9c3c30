import { ComboBox, Item, Text } from '@adobe/react-spectrum'
import type { Key } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Segment } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import type { SegmentAvailability } from './segment-availability'
import { useDebouncedValue } from '../../lib/use-debounced-value'

interface SegmentSearchComboBoxProps {
  availability: (segment: Segment) => SegmentAvailability
  /** Called with the chosen segment (opens Edit Mapping for it). */
  onPick: (segment: Segment) => void
  isDisabled?: boolean
  /** Shown under the box, e.g. why it is disabled. */
  description?: string
}

function describe(segment: Segment, a: SegmentAvailability): string {
  const parts = [`ID ${segment.sid}`]
  if (segment.integrationCode) parts.push(`Integration code ${segment.integrationCode}`)
  if (a.mapped) parts.push('Mapped')
  if (a.blockedReason) parts.push(`Blocked: ${a.blockedReason}`)
  else if (a.refusedReason) parts.push(`Not addable: ${a.refusedReason}`)
  return parts.join(' · ')
}

/**
 * ComboBox "Search and Add Segments": type-ahead over segment name, ID and integration code
 * (`segmentQueries.list`, first 20 matches, debounced 250 ms). Options show name, ID and integration
 * code; blocked or refused segments are disabled and say why. Choosing one calls `onPick`.
 */
export function SegmentSearchComboBox({ availability, onPick, isDisabled, description }: SegmentSearchComboBoxProps) {
  const [input, setInput] = useState('')
  const search = useDebouncedValue(input.trim(), 250)
  const query = useQuery({ ...segmentQueries.list({ search, page: 0, pageSize: 20 }), enabled: search.length > 0 })
  const items = useMemo(
    () => (search ? (query.data?.list ?? []) : []).map((segment) => ({ segment, a: availability(segment) })),
    [search, query.data, availability],
  )
  const disabledKeys = useMemo(
    () => items.filter((i) => i.a.blockedReason || i.a.refusedReason).map((i) => String(i.segment.sid)),
    [items],
  )
  const onSelectionChange = (key: Key | null) => {
    const chosen = items.find((i) => String(i.segment.sid) === String(key))
    if (!chosen) return
    setInput('')
    onPick(chosen.segment)
  }
  return (
    <ComboBox
      label="Search and Add Segments"
      description={description ?? 'Type a segment name, segment ID or integration code.'}
      items={items}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={null}
      onSelectionChange={onSelectionChange}
      disabledKeys={disabledKeys}
      loadingState={query.isFetching ? 'filtering' : 'idle'}
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
