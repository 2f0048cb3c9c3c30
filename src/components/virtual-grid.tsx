import { ProgressCircle, useProvider } from '@adobe/react-spectrum'
import { defaultRangeExtractor, useVirtualizer, type Range, type Rect } from '@tanstack/react-virtual'
import {
  useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState,
  type CSSProperties, type FocusEvent, type KeyboardEvent, type ReactNode,
} from 'react'
import { GridRow, type GridColumn } from './virtual-grid-row'
import { createScrollState } from './virtual-grid-scroll'
import { CELLS, focusStops, HEADER, HEADER_ROW, hasWidget, keyOfRow, ROWS, stopAt, stopIndexOf, type ActiveCell } from './virtual-grid-focus'
import styles from './virtual-grid.module.css'

export type { GridColumn } from './virtual-grid-row'

/** Sort of a `VirtualGrid`: a column key and a direction. */
export interface GridSort {
  column: string
  direction: 'ascending' | 'descending'
}

/** As Spectrum's TableView: `loading` (no rows yet), `loadingMore` (a spinner row after the last row), `sorting` / `filtering` (rows kept, spinner shown). */
export type GridLoadingState = 'loading' | 'loadingMore' | 'sorting' | 'filtering' | 'idle'

interface VirtualGridProps<T> {
  'aria-label': string
  columns: readonly GridColumn<T>[]
  items: readonly T[]
  /** A stable, unique key per item (the row's `data-key`). */
  getKey: (item: T) => string
  /** Height of the whole grid, header included, in px at Spectrum's medium scale (x 1.25 at large scale). */
  height: number
  sort?: GridSort
  onSortChange?: (sort: GridSort) => void
  loadingState?: GridLoadingState
  /** Called after a render that shows one of the last `loadMoreRows` rows (the caller ignores repeats). */
  onLoadMore?: () => void
  loadMoreRows?: number
  /** Shown in the body when there are no rows and nothing is loading. */
  emptyState: ReactNode
  /** Another value scrolls the grid back to its first row (e.g. a new search or sort). */
  resetScrollKey?: string
  /** Rows in all (for `aria-rowcount`), when more exist than are loaded; defaults to `items.length`. */
  rowCount?: number
}

/** The CSS grid track of a column: `minWidth` px, growing by `grow` fr when there is room. */
const columnTrack = (column: { minWidth: number; grow?: number }) => (column.grow ? `minmax(${column.minWidth}px, ${column.grow}fr)` : `${column.minWidth}px`)

/** How long focus may take to leave a closing dialog after the focused row was removed (ms). */
const REFOCUS_WAIT_MS = 1000

/** Focus is on no element in particular (the page itself), as after the focused element was removed. */
const isFocusOnPage = () => document.activeElement === null || document.activeElement === document.body

/** Row and header heights in px per Spectrum scale (TableView, regular density). */
const ROW_HEIGHT = { medium: 40, large: 50 } as const
const HEADER_HEIGHT = { medium: 34, large: 40 } as const
/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN_ROWS = 3

/**
 * A virtualized data grid (ARIA `grid`) for long lists, windowed by TanStack Virtual: only the rows
 * in view (plus `OVERSCAN_ROWS` above and below, plus the row with keyboard focus) are in the DOM,
 * every row has the same height, so nothing is measured while scrolling, and rows that appear while
 * scrolling show their columns' `placeholder`s until it stops. Header row
 * (`columnheader`s; sortable ones sort when pressed or on Enter/Space and carry `aria-sort`), rows
 * with `aria-rowindex` and `data-key`, cells with `aria-colindex`; `aria-rowcount` counts the loaded
 * rows plus the header. Keyboard (WAI-ARIA data grid): one Tab stop; arrows move between cells and
 * the buttons in them, Home/End to the row's first/last, Ctrl+Home/End to the header/last row,
 * PageUp/PageDown by a table height. Looks follow Spectrum's TableView and its theme variables.
 */
export function VirtualGrid<T>(props: VirtualGridProps<T>) {
  const { columns, items, getKey, height, sort, onSortChange, loadingState = 'idle', onLoadMore, loadMoreRows = 50, emptyState, resetScrollKey, rowCount } = props
  const { scale } = useProvider()
  const rowHeight = ROW_HEIGHT[scale]
  const headerHeight = HEADER_HEIGHT[scale]
  const bodyHeight = Math.round(height * (scale === 'large' ? 1.25 : 1)) - headerHeight
  const rowsInView = Math.ceil(bodyHeight / rowHeight)
  const template = useMemo(() => columns.map(columnTrack).join(' '), [columns])
  // Narrower than this, the grid scrolls sideways (header and body together) rather than squeeze.
  const minWidth = columns.reduce((sum, c) => sum + c.minWidth, 0)
  // Set once on the rows' container: rows read the column template and their height from it.
  const gridVars = { '--grid-columns': template, '--grid-row-height': `${rowHeight}px` } as CSSProperties
  const idPrefix = useId()
  const gridRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)

  // Null until focus first lands in the grid: the Tab stop is then the first row in view.
  const [active, setActive] = useState<ActiveCell | null>(null)
  const focusPending = useRef(false)
  /** Index of the row that had the Tab stop at the last render, while it was there. */
  const lastActiveIndex = useRef<number | undefined>(undefined)
  /** Focus was last inside the grid, or in a dialog opened from it (it left for no other element). */
  const focusWasInside = useRef(false)
  const indexOfKey = useMemo(() => new Map(items.map((item, i) => [getKey(item), i])), [items, getKey])
  const activeIndex = active ? indexOfKey.get(active.rowKey) : undefined
  const count = items.length

  // The body has a fixed height, so its size is known without observing it.
  const observeElementRect = useCallback(
    (instance: { scrollElement: Element | null }, notify: (rect: Rect) => void) => notify({ width: instance.scrollElement?.clientWidth ?? 0, height: bodyHeight }),
    [bodyHeight],
  )
  // The row with keyboard focus stays in the DOM while scrolled away, so focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (activeIndex === undefined || indexes.includes(activeIndex)) return indexes
      return [...indexes, activeIndex].sort((a, b) => a - b)
    },
    [activeIndex],
  )
  const [scrollState] = useState(createScrollState)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render only, as its docs show
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => getKey(items[index]),
    overscan: OVERSCAN_ROWS,
    rangeExtractor,
    initialRect: { width: 0, height: bodyHeight },
    observeElementRect,
    scrollToFn: (offset, { adjustments = 0 }, instance) => {
      if (instance.scrollElement) instance.scrollElement.scrollTop = offset + adjustments
    },
    onChange: (instance) => scrollState.update(instance.isScrolling),
  })
  const virtualRows = virtualizer.getVirtualItems()
  scrollState.set(virtualizer.isScrolling)
  const lastShown = virtualRows.at(-1)?.index ?? -1
  const firstInView = virtualizer.range?.startIndex ?? 0

  useEffect(() => {
    if (onLoadMore && count > 0 && lastShown >= count - loadMoreRows) onLoadMore()
  })

  useEffect(() => {
    if (bodyRef.current) bodyRef.current.scrollTop = 0
  }, [resetScrollKey])

  /** The row count of the last render, for focus moves that run later (kept by the layout effect below). */
  const countRef = useRef(count)
  /**
   * Waits up to `REFOCUS_WAIT_MS` for focus to fall to the page (it may be in a closing dialog),
   * then focuses the row now at `index` (the last one if fewer are left) in `cell`'s column.
   */
  const refocusAfterRemoval = (index: number, cell: ActiveCell) => {
    const deadline = performance.now() + REFOCUS_WAIT_MS
    const attempt = () => {
      const grid = gridRef.current
      if (!grid || countRef.current === 0) return
      if (!isFocusOnPage()) {
        if (performance.now() < deadline) requestAnimationFrame(attempt)
        return
      }
      const row = grid.querySelector(`${ROWS}[aria-rowindex="${Math.min(index, countRef.current - 1) + 2}"]`)
      stopAt(row ?? grid, cell.col, cell.widget)?.el.focus()
    }
    attempt()
  }

  // One Tab stop: the active cell (or its widget); everything else is reached with the arrow keys.
  useLayoutEffect(() => {
    countRef.current = count
    const grid = gridRef.current
    if (!grid) return
    let found = false
    let fallback: HTMLElement | undefined
    for (const row of grid.querySelectorAll(ROWS)) {
      const rowKey = keyOfRow(row)
      const stops = focusStops(row)
      const target = active && rowKey === active.rowKey ? stopAt(row, active.col, active.widget) : undefined
      for (const cell of row.querySelectorAll<HTMLElement>(CELLS)) {
        if (hasWidget(cell)) cell.removeAttribute('tabindex')
      }
      for (const stop of stops) stop.el.tabIndex = stop.el === target?.el ? 0 : -1
      if (target) {
        found = true
        if (focusPending.current) {
          focusPending.current = false
          target.el.focus({ preventScroll: true })
        }
      } else if (!fallback && rowKey !== HEADER && Number(row.getAttribute('aria-rowindex')) - 2 >= firstInView) {
        fallback = stops[0]?.el
      }
    }
    if (found) {
      lastActiveIndex.current = activeIndex
      return
    }
    // The row with focus is gone (removed from the list, e.g. by its own Remove button): once focus
    // falls to the page (at once, or when the confirmation dialog that had it closes), it goes on
    // to the row now at that place, in the same column.
    const lostIndex = lastActiveIndex.current
    lastActiveIndex.current = undefined
    if (active && active.rowKey !== HEADER && lostIndex !== undefined && focusWasInside.current) {
      focusWasInside.current = false
      refocusAfterRemoval(lostIndex, active)
    }
    // No cell had focus yet, or its row is gone (another search): the first row in view takes the
    // Tab stop, or the first header cell when there are no rows.
    const header = grid.querySelector(HEADER_ROW)
    const stop = fallback ?? (header ? focusStops(header)[0]?.el : undefined)
    if (stop) stop.tabIndex = 0
  })

  // Focus that moves into a dialog (opened from a row, like the removal confirmation) comes back.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const to = event.relatedTarget as Element | null
    if (to && !event.currentTarget.contains(to) && !to.closest('[role="dialog"], [role="alertdialog"]')) focusWasInside.current = false
  }

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    focusWasInside.current = true
    const row = (event.target as HTMLElement).closest(ROWS)
    if (!row) return
    const stops = focusStops(row)
    const stop = stops[stopIndexOf(stops, event.target)]
    if (!stop) return
    const rowKey = keyOfRow(row)
    if (rowKey !== active?.rowKey || stop.col !== active.col || stop.widget !== active.widget) setActive({ rowKey, col: stop.col, widget: stop.widget })
  }

  /** Moves focus to row `index` (-1 = header) in column `col` (its `widget`-th widget), scrolling it into view first. */
  const focusRow = (index: number, col: number, widget = 0) => {
    const target = Math.max(-1, Math.min(count - 1, index))
    if (target === -1) {
      virtualizer.scrollToOffset(0)
      const header = gridRef.current?.querySelector(HEADER_ROW)
      if (header) stopAt(header, col, 0)?.el.focus()
      return
    }
    virtualizer.scrollToIndex(target, { align: 'auto' })
    focusPending.current = true
    setActive({ rowKey: getKey(items[target]), col, widget })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest(ROWS)
    if (!row) return
    const stops = focusStops(row)
    const at = stopIndexOf(stops, event.target)
    if (at < 0) return
    const rowIndex = Number(row.getAttribute('aria-rowindex')) - 2
    const { col, widget } = stops[at]
    const ctrl = event.ctrlKey || event.metaKey
    switch (event.key) {
      case 'ArrowRight':
        stops[Math.min(at + 1, stops.length - 1)].el.focus()
        break
      case 'ArrowLeft':
        stops[Math.max(at - 1, 0)].el.focus()
        break
      case 'Home':
        if (ctrl) focusRow(-1, col)
        else stops[0].el.focus()
        break
      case 'End':
        if (ctrl) focusRow(count - 1, col)
        else stops[stops.length - 1].el.focus()
        break
      case 'ArrowDown':
        focusRow(rowIndex + 1, col, widget)
        break
      case 'ArrowUp':
        focusRow(rowIndex - 1, col, widget)
        break
      case 'PageDown':
        focusRow(rowIndex + rowsInView, col, widget)
        break
      case 'PageUp':
        focusRow(Math.max(0, rowIndex - rowsInView), col, widget)
        break
      default:
        return
    }
    event.preventDefault()
  }

  const pressHeader = (column: GridColumn<T>) => {
    if (!column.allowsSorting || !onSortChange) return
    const direction = sort?.column === column.key && sort.direction === 'ascending' ? 'descending' : 'ascending'
    onSortChange({ column: column.key, direction })
  }

  const busy = loadingState !== 'idle'
  // Rows that only hold the empty state or a spinner: one cell across all columns.
  const statusRow = (content: ReactNode, top: number, rowSpanHeight: number | string) => (
    <div role="row" data-grid-status="" className={styles.statusRow} style={{ top, height: rowSpanHeight }}>
      <div role="gridcell" aria-colspan={columns.length} className={styles.statusCell}>{content}</div>
    </div>
  )
  return (
    <div className={styles.wrapper}>
      <div ref={gridRef} role="grid" aria-label={props['aria-label']} aria-rowcount={Math.max(rowCount ?? 0, count) + 1} aria-colcount={columns.length} aria-busy={busy || undefined}
        tabIndex={-1} className={styles.grid} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur}>
        <div ref={headRef} role="rowgroup" className={styles.head}>
          <div role="row" aria-rowindex={1} className={styles.headRow} style={{ height: headerHeight, gridTemplateColumns: template, minWidth }}>
            {columns.map((column, i) => {
              const direction = sort?.column === column.key ? sort.direction : undefined
              return (
                <div key={column.key} role="columnheader" aria-colindex={i + 1} aria-sort={direction} tabIndex={-1}
                  className={`${styles.headCell} ${column.allowsSorting ? styles.sortable : ''}`}
                  onClick={() => pressHeader(column)}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter' && event.key !== ' ') return
                    event.preventDefault()
                    pressHeader(column)
                  }}>
                  <span className={styles.headCellTitle}>{column.title}</span>
                  {column.allowsSorting ? (
                    <svg className={styles.sortIcon} data-direction={direction} viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                      <path d="M5 9 1 5h2.5V1h3v4H9z" />
                    </svg>
                  ) : null}
                </div>
              )
            })}
          </div>
        </div>
        {/* tabIndex -1: Chromium makes a scroller without a tabbable element a Tab stop of its own
            (after sorting, the grid's Tab stop is in the header). */}
        <div ref={bodyRef} role="rowgroup" tabIndex={-1} className={styles.body} style={{ height: bodyHeight }}
          onScroll={(event) => {
            if (headRef.current) headRef.current.scrollLeft = event.currentTarget.scrollLeft
          }}>
          <div role="presentation" className={styles.spacer}
            style={{ height: count === 0 ? '100%' : virtualizer.getTotalSize() + (loadingState === 'loadingMore' ? rowHeight : 0), minWidth, ...gridVars }}>
            {virtualRows.map((row) => (
              <GridRow key={row.key} item={items[row.index]} index={row.index} top={row.start} rowKey={String(row.key)} columns={columns} idPrefix={idPrefix}
                isActive={row.index === activeIndex} scrollState={scrollState} />
            ))}
            {count === 0
              ? statusRow(loadingState === 'loading' || loadingState === 'loadingMore' ? <ProgressCircle aria-label="Loading…" isIndeterminate /> : emptyState, 0, '100%')
              : loadingState === 'loadingMore'
                ? statusRow(<ProgressCircle size="S" aria-label="Loading more…" isIndeterminate />, count * rowHeight, rowHeight)
                : null}
          </div>
        </div>
      </div>
      {count > 0 && (loadingState === 'sorting' || loadingState === 'filtering') ? (
        <div className={styles.busy} style={{ top: headerHeight + 8 }}><ProgressCircle size="S" aria-label="Loading…" isIndeterminate /></div>
      ) : null}
    </div>
  )
}
