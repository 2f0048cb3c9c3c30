/**
 * The focus model of `VirtualGrid` (ARIA grid pattern, "data grid" keyboard interaction): which
 * elements of a row take focus, in which order, and how to find the one for a column. Pure DOM
 * reads, no state: the grid keeps the active cell itself.
 */

/** Elements that take focus themselves inside a cell; a cell without one takes focus itself. */
const WIDGETS = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled)'
/** Cells of a row (data cells, row headers and column headers). */
export const CELLS = '[role="gridcell"], [role="rowheader"], [role="columnheader"]'
/** The header row and the data rows (not the rows that only hold the empty state or a spinner). */
export const ROWS = '[role="row"]:not([data-grid-status])'
/** The header row. */
export const HEADER_ROW = '[role="row"]:not([data-grid-status]):not([data-key])'

/** `ActiveCell.rowKey` of the header row (data rows use their item's key). */
export const HEADER = '\u0000header'

/** Where keyboard focus is, or returns to on Tab: a row (its key, `HEADER` for the header row), a column (1-based) and the widget in the cell (0-based). */
export interface ActiveCell {
  rowKey: string
  col: number
  widget: number
}

/** One place focus can rest in a row: the element, its column (1-based) and its index among the cell's widgets. */
export interface FocusStop {
  el: HTMLElement
  col: number
  widget: number
}

/** The `ActiveCell.rowKey` of a row element. */
export const keyOfRow = (row: Element) => row.getAttribute('data-key') ?? HEADER

/** Whether a cell holds an element that takes focus itself (the cell is then no focus stop). */
export const hasWidget = (cell: Element) => cell.querySelector(WIDGETS) !== null

/** The focus stops of a row, left to right: each cell's enabled widgets, or the cell itself. */
export function focusStops(row: Element): FocusStop[] {
  const stops: FocusStop[] = []
  for (const cell of row.querySelectorAll<HTMLElement>(CELLS)) {
    const col = Number(cell.getAttribute('aria-colindex'))
    const widgets = [...cell.querySelectorAll<HTMLElement>(WIDGETS)]
    if (widgets.length === 0) stops.push({ el: cell, col, widget: 0 })
    else widgets.forEach((el, widget) => stops.push({ el, col, widget }))
  }
  return stops
}

/** The stop of `row` in column `col` (its `widget`-th widget, else the last one of the cell), else the nearest stop to its right, else the row's last stop. */
export function stopAt(row: Element, col: number, widget: number): FocusStop | undefined {
  const stops = focusStops(row)
  const inCol = stops.filter((s) => s.col === col)
  if (inCol.length) return inCol[Math.min(widget, inCol.length - 1)]
  return stops.find((s) => s.col > col) ?? stops.at(-1)
}

/** The index in `stops` of the stop that is `target` or contains it, or -1. */
export function stopIndexOf(stops: readonly FocusStop[], target: EventTarget | null): number {
  return stops.findIndex((s) => s.el === target || s.el.contains(target as Node | null))
}
