import { memo, useEffect, useState, type ReactNode } from 'react'
import styles from './virtual-grid.module.css'
import type { ScrollState } from './virtual-grid-scroll'

/**
 * A data row of `VirtualGrid` (virtual-grid.tsx), and the column type the rows render.
 */

/** One column of a `VirtualGrid`. */
export interface GridColumn<T> {
  key: string
  /** Header text (the column's accessible name). */
  title: string
  /** Narrowest width in px (at Spectrum's medium scale). Below the sum of these, the grid scrolls sideways. */
  minWidth: number
  /** Share of the room left over (CSS `fr`); a column without it keeps `minWidth`. */
  grow?: number
  /** The header sorts the rows when pressed (the grid only reports the wanted sort). */
  allowsSorting?: boolean
  /** The row's name: its cells are `rowheader`s and label the row. */
  isRowHeader?: boolean
  /** The cell's content; text is cut off with an ellipsis. */
  render: (item: T) => ReactNode
  /**
   * Shown instead of `render` in a row that appears while the grid is being scrolled, until the
   * scrolling stops (then the row renders `render`). For cells whose widgets are costly to mount
   * (buttons, popover triggers): give it the same size, so nothing moves when the real cell comes.
   * The row that has keyboard focus always renders `render`.
   */
  placeholder?: (item: T) => ReactNode
}

interface GridRowProps<T> {
  item: T
  index: number
  top: number
  rowKey: string
  columns: readonly GridColumn<T>[]
  idPrefix: string
  /** The row has keyboard focus (or is about to): it renders every cell for real at once. */
  isActive: boolean
  scrollState: ScrollState
}

/**
 * One data row; re-renders only when its item, position, columns or focus change. A row that
 * mounts while the grid is being scrolled shows the columns' placeholders until scrolling stops.
 */
export const GridRow = memo(function GridRow<T>({ item, index, top, rowKey, columns, idPrefix, isActive, scrollState }: GridRowProps<T>) {
  const [settled, setSettled] = useState(() => !scrollState.isScrolling())
  useEffect(() => {
    if (!settled) return scrollState.onScrollEnd(() => setSettled(true))
  }, [settled, scrollState])
  const real = settled || isActive
  const headerId = `${idPrefix}-${rowKey}`
  const hasRowHeader = columns.some((c) => c.isRowHeader)
  return (
    <div role="row" aria-rowindex={index + 2} data-key={rowKey} aria-labelledby={hasRowHeader ? headerId : undefined} className={styles.row}
      style={{ top }}>
      {columns.map((column, i) => (
        <div key={column.key} role={column.isRowHeader ? 'rowheader' : 'gridcell'} aria-colindex={i + 1} className={styles.cell}
          id={column.isRowHeader ? headerId : undefined}>
          <span className={styles.cellContents}>{real || !column.placeholder ? column.render(item) : column.placeholder(item)}</span>
        </div>
      ))}
    </div>
  )
}) as <T>(props: GridRowProps<T>) => ReactNode
