import { Cell, Column, Link, Row, TableBody, TableHeader, TableView, type SpectrumTableProps } from '@adobe/react-spectrum'
import { Link as RouterLink, useNavigate, useRouter } from '@tanstack/react-router'
import { useEffect, useRef, type Key } from 'react'
import type { Destination } from '../../api/schemas'
import { EmptyState } from '../../components/empty-state'
import { TruncatedText } from '../../components/truncated-text'
import { formatEpochDay } from '../../lib/dates'
import { whenIdle } from '../../lib/when-idle'
import type { DestinationSort } from './destination-list-search'
import { categoryText, typeText } from './destination-text'

type SortDescriptor = NonNullable<SpectrumTableProps<unknown>['sortDescriptor']>
type LoadingState = 'loading' | 'sorting' | 'filtering' | 'idle'

/** Checkbox selection for bulk delete: only destinations without mappings can be selected. */
export interface DestinationTableSelection {
  selectedKeys: Set<number>
  onSelectionChange: (keys: Set<number>) => void
}

interface DestinationTableProps {
  destinations: Destination[]
  /** Turns on multiple selection (checkboxes); rows with mappings are disabled and say why. */
  selection?: DestinationTableSelection
  sort: DestinationSort
  onSortChange: (sort: DestinationSort) => void
  loadingState: LoadingState
  emptyHint: string
}

function toDescriptor(sort: DestinationSort): SortDescriptor {
  return { column: sort.replace('-', ''), direction: sort.startsWith('-') ? 'descending' : 'ascending' }
}

function fromDescriptor(descriptor: SortDescriptor): DestinationSort {
  const column = descriptor.column === 'name' ? 'name' : 'id'
  return descriptor.direction === 'descending' ? `-${column}` : column
}

/** Destinations the bulk delete cannot take: those with mappings (or an unknown count). */
function hasMappings(destination: Destination) {
  return destination.mappingCount !== 0
}

/** Quiet time a pointer rests on (or focus stays on) a destination's name before it is prefetched (ms). */
export const DESTINATION_PREFETCH_DELAY_MS = 120

/** Handlers that prefetch one destination; `start` on hover or focus, `cancel` when they end. */
interface Prefetch {
  start: (destinationId: number) => void
  cancel: () => void
}

/**
 * Prefetches what opening a destination needs: the details route's loader (the destination and the
 * first page of its mapping table, in parallel) and its code. Debounced: the pointer or focus has to
 * stay `DESTINATION_PREFETCH_DELAY_MS`; and once per destination while the table is shown.
 */
function usePrefetchDestination(): Prefetch {
  const router = useRouter()
  const done = useRef(new Set<number>())
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  return {
    start: (destinationId) => {
      window.clearTimeout(timer.current)
      if (done.current.has(destinationId)) return
      timer.current = window.setTimeout(() => {
        done.current.add(destinationId)
        // The loader never throws; a failed request shows on the details page if the user goes there.
        void router.preloadRoute({ to: '/destinations/$destinationId', params: { destinationId: String(destinationId) } }).catch(() => undefined)
      }, DESTINATION_PREFETCH_DELAY_MS)
    },
    cancel: () => window.clearTimeout(timer.current),
  }
}

/**
 * Once the list shows rows (`hasRows`), loads the details route's code while the browser is idle,
 * so opening a destination waits only for its data. Only after the first rows: the list itself
 * never waits for it. A failed load is left to the navigation, which tries again.
 */
function usePreloadDetailsRoute(hasRows: boolean) {
  const router = useRouter()
  useEffect(() => {
    if (!hasRows) return
    return whenIdle(() => void router.loadRouteChunk(router.routesById['/destinations/$destinationId'])?.catch(() => undefined), 1000)
  }, [hasRows, router])
}

function renderCell(destination: Destination, columnKey: Key, selectable: boolean, prefetch: Prefetch) {
  switch (columnKey) {
    case 'id':
      return <Cell>{destination.destinationId}</Cell>
    case 'name': {
      const warm = () => prefetch.start(destination.destinationId)
      // Spectrum's Link styles the router's real <a href>, which navigates client-side. The router's
      // own hover preload is off here: `usePrefetchDestination` does it, debounced and once.
      return (
        <Cell textValue={destination.name}>
          <Link>
            <RouterLink to="/destinations/$destinationId" params={{ destinationId: String(destination.destinationId) }} preload={false}
              onMouseEnter={warm} onFocus={warm} onMouseLeave={prefetch.cancel} onBlur={prefetch.cancel}>
              {destination.name}
            </RouterLink>
          </Link>
        </Cell>
      )
    }
    case 'description':
      return (
        <Cell textValue={destination.description}>
          <TruncatedText>{destination.description}</TruncatedText>
        </Cell>
      )
    case 'category':
      return <Cell>{categoryText(destination)}</Cell>
    case 'type':
      return <Cell>{typeText(destination)}</Cell>
    case 'mappingCount': {
      const count = destination.mappingCount
      if (!selectable || !hasMappings(destination)) return <Cell>{count ?? ''}</Cell>
      // Why the row's checkbox is disabled, visible in the row itself.
      const text = count === undefined ? 'Mappings unknown, cannot be selected' : `${count} (has mappings, cannot be selected)`
      return (
        <Cell textValue={text}>
          <TruncatedText>{text}</TruncatedText>
        </Cell>
      )
    }
    default:
      return <Cell>{formatEpochDay(destination.updateTime)}</Cell>
  }
}

/**
 * The destination list table (grid "Destinations"): ID, Name (a link to the details page, whose
 * data is prefetched when the pointer rests on it or it takes focus),
 * Description, Category, Type, Mapped Segments, Last Modified (UTC day, MM/DD/YYYY). Sorting by
 * ID and Name is server-side; the table only reports the chosen sort. Enter on a row opens it.
 * With `selection`, rows get checkboxes (selection only through them, so a row click still opens
 * the destination) and rows with mappings are disabled with the reason in the Mapped Segments cell.
 */
export function DestinationTable({ destinations, selection, sort, onSortChange, loadingState, emptyHint }: DestinationTableProps) {
  const navigate = useNavigate()
  const prefetch = usePrefetchDestination()
  usePreloadDetailsRoute(destinations.length > 0)
  const selectable = selection !== undefined
  const selectionProps: Partial<SpectrumTableProps<Destination>> = selection
    ? {
        selectionMode: 'multiple',
        // Row keys from JSX `key` are strings in Spectrum's collections.
        selectedKeys: new Set([...selection.selectedKeys].map(String)),
        disabledKeys: destinations.filter(hasMappings).map((d) => String(d.destinationId)),
        onSelectionChange: (keys) =>
          selection.onSelectionChange(
            new Set(keys === 'all' ? destinations.filter((d) => !hasMappings(d)).map((d) => d.destinationId) : [...keys].map(Number)),
          ),
      }
    : {}
  return (
    <TableView
      aria-label="Destinations"
      {...selectionProps}
      // Enter on a focused row (or a click anywhere on it) opens the destination, as the Name link does.
      onAction={(key) => void navigate({ to: '/destinations/$destinationId', params: { destinationId: String(key) } })}
      height="size-6000"
      sortDescriptor={toDescriptor(sort)}
      onSortChange={(descriptor) => onSortChange(fromDescriptor(descriptor))}
      renderEmptyState={() => <EmptyState heading="No destinations found">{emptyHint}</EmptyState>}
    >
      <TableHeader>
        <Column key="id" allowsSorting width={100}>
          ID
        </Column>
        <Column key="name" allowsSorting isRowHeader>
          Name
        </Column>
        <Column key="description">Description</Column>
        <Column key="category">Category</Column>
        <Column key="type">Type</Column>
        <Column key="mappingCount" width={selectable ? 200 : 150}>
          Mapped Segments
        </Column>
        <Column key="updateTime" width={140}>
          Last Modified
        </Column>
      </TableHeader>
      <TableBody items={destinations} loadingState={loadingState}>
        {(destination) => <Row key={destination.destinationId}>{(columnKey) => renderCell(destination, columnKey, selectable, prefetch)}</Row>}
      </TableBody>
    </TableView>
  )
}
