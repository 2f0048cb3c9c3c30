import {
  ActionButton, Button, Cell, Column, Content, Flex, Heading, IllustratedMessage, InlineAlert, Row, SearchField, TableBody,
  TableHeader, TableView, Text,
} from '@adobe/react-spectrum'
import Delete from '@spectrum-icons/workflow/Delete'
import Edit from '@spectrum-icons/workflow/Edit'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo, useState } from 'react'
import { destinationQueries } from '../../api/destinations'
import type { Destination, Mapping } from '../../api/schemas'
import { TruncatedText } from '../../components/truncated-text'
import { deliveryStatus } from '../../domain/delivery-status'
import { formatDay, todayUtc } from '../../lib/dates'
import { DeliveryStatusCell } from './delivery-status-cell'
import { filterMappings, mappingDisplayValue, SEGMENT_STATUS_TEXT } from './mapping-rules'
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
}

const segmentName = (m: Mapping) => m.elementName ?? `Segment ${m.sid}`

/**
 * The table "Segments Mapped to {destination name}" (product spec 2.4): every mapping of the
 * destination (`destinationQueries.mappings`, one request), filtered client-side by the search box
 * "Search mapped segments" (segment name, segment ID, mapping value). Dates are UTC days shown as
 * MM/DD/YYYY; each row carries its delivery status with the reason in words and the row actions
 * "Edit mapping for {segment name}" / "Remove mapping for {segment name}". A Mapping value that
 * differs from the destination's current auto-fill rule carries the badge "Differs from auto-fill".
 */
export function MappingTable({ destination, canMap, disabledReasonId, onEdit, onRemove }: MappingTableProps) {
  const title = `Segments Mapped to ${destination.name}`
  const query = useQuery(destinationQueries.mappings(destination.destinationId))
  const [search, setSearch] = useState('')
  const deferredSearch = useDeferredValue(search)
  const all = query.data
  const targets = useAutoFillTargets(destination, all)
  // New row objects whenever a flag changes: Spectrum caches each row's cells by its item object.
  const rows = useMemo(
    () => (all ? filterMappings(all, deferredSearch).map((mapping) => ({ mapping, target: targets.get(mapping.mappingId) ?? null })) : []),
    [all, deferredSearch, targets],
  )
  const today = todayUtc()

  return (
    <Flex direction="column" gap="size-150">
      <Heading level={3}>{title}</Heading>
      <Flex gap="size-200" alignItems="end" wrap>
        <SearchField label="Search mapped segments" value={search} onChange={setSearch} width="size-4600" />
        {all ? <Text>{rows.length === all.length ? `${all.length} mappings` : `${rows.length} of ${all.length} mappings`}</Text> : null}
      </Flex>
      {query.isError ? (
        <InlineAlert variant="negative">
          <Heading level={4}>Could not load the mappings</Heading>
          <Content>
            <Flex direction="column" gap="size-100" alignItems="start">
              <Text>{query.error.message}</Text>
              <Button variant="secondary" onPress={() => void query.refetch()}>Retry</Button>
            </Flex>
          </Content>
        </InlineAlert>
      ) : (
        <TableView aria-label={title} height="size-6000" width="100%"
          renderEmptyState={() => (
            <IllustratedMessage>
              <Heading level={4}>{all && all.length > 0 ? 'No mapped segments match your search.' : 'No segments are mapped to this destination yet.'}</Heading>
              <Content>{all && all.length > 0 ? 'Try a segment name, a segment ID or a mapping value.' : 'Use Search and Add Segments or Browse All Segments to map segments to this destination.'}</Content>
            </IllustratedMessage>
          )}>
          <TableHeader>
            <Column key="sid" width={120}>Segment ID</Column>
            <Column key="name" isRowHeader width="2fr" minWidth={160}>Name</Column>
            <Column key="description" width="1fr" minWidth={110}>Description</Column>
            <Column key="status" width={120}>Segment Status</Column>
            <Column key="start" width={105}>Start Date</Column>
            <Column key="end" width={110}>End Date</Column>
            <Column key="mapping" width="1fr" minWidth={110}>Mapping</Column>
            <Column key="delivery" width="1.5fr" minWidth={220}>Delivery Status</Column>
            <Column key="actions" width={90}>Actions</Column>
          </TableHeader>
          <TableBody items={rows} loadingState={query.isPending ? 'loading' : 'idle'}>
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
      )}
    </Flex>
  )
}
