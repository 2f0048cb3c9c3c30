import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../test/render'
import { VirtualGrid, type GridColumn, type GridLoadingState, type GridSort } from './virtual-grid'

interface Thing {
  id: number
  name: string
}

const THINGS: Thing[] = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, name: `Thing ${i + 1}` }))

const columns: GridColumn<Thing>[] = [
  { key: 'id', title: 'ID', minWidth: 80, allowsSorting: true, render: (t) => String(t.id) },
  { key: 'name', title: 'Name', minWidth: 120, grow: 1, allowsSorting: true, isRowHeader: true, render: (t) => t.name },
  { key: 'note', title: 'Note', minWidth: 0, grow: 1, render: () => 'plain text' },
  {
    key: 'actions',
    title: 'Actions',
    minWidth: 120,
    render: (t) => (
      <>
        <button type="button" aria-label={`Edit ${t.name}`}>E</button>
        <button type="button" aria-label={`Remove ${t.name}`} disabled={t.id === 2}>R</button>
      </>
    ),
    placeholder: (t) => <span data-testid={`slot ${t.id}`} />,
  },
]

function Grid({ items = THINGS, onLoadMore, loadingState, rowCount }: { items?: Thing[]; onLoadMore?: () => void; loadingState?: GridLoadingState; rowCount?: number }) {
  const [sort, setSort] = useState<GridSort | undefined>()
  return (
    <VirtualGrid aria-label="Things" columns={columns} items={items} getKey={(t) => String(t.id)} height={480} sort={sort} onSortChange={setSort}
      loadingState={loadingState} onLoadMore={onLoadMore} loadMoreRows={20} emptyState={<p>Nothing here.</p>} rowCount={rowCount} />
  )
}

const dataRows = (grid: HTMLElement) => [...grid.querySelectorAll<HTMLElement>('[role="row"][data-key]')]
const body = (grid: HTMLElement) => within(grid).getAllByRole('rowgroup')[1]

/** Scrolls the grid's body so that row `row` (0-based) is at the top; row height as laid out (scale-dependent). */
function scrollTo(grid: HTMLElement, row: number) {
  const rowHeight = parseFloat(dataRows(grid)[1].style.top)
  const scroller = body(grid)
  scroller.scrollTop = row * rowHeight
  fireEvent.scroll(scroller)
}

describe('VirtualGrid', () => {
  it('renders only the rows in view, at their row index, and the next ones as the user scrolls', async () => {
    const onLoadMore = vi.fn()
    renderWithProviders(<Grid onLoadMore={onLoadMore} />)
    const grid = screen.getByRole('grid', { name: 'Things' })
    expect(grid).toHaveAttribute('aria-rowcount', '501')
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['ID', 'Name', 'Note', 'Actions'])
    const first = dataRows(grid)
    expect(first.length).toBeGreaterThan(5)
    expect(first.length).toBeLessThan(30)
    expect(first[0]).toHaveAttribute('aria-rowindex', '2')
    expect(within(first[0]).getByRole('rowheader')).toHaveTextContent('Thing 1')
    expect(first[0]).toHaveAccessibleName('Thing 1')
    expect(onLoadMore).not.toHaveBeenCalled()

    scrollTo(grid, 300)
    await waitFor(() => expect(dataRows(grid).map((r) => r.dataset.key)).toContain('301'))
    expect(dataRows(grid).map((r) => r.dataset.key)).not.toContain('1')
    expect(screen.getByRole('row', { name: 'Thing 301' })).toHaveAttribute('aria-rowindex', '302')
    expect(onLoadMore).not.toHaveBeenCalled()

    // Near the end of the loaded rows the grid asks for more.
    scrollTo(grid, 490)
    await waitFor(() => expect(onLoadMore).toHaveBeenCalled())
    expect(dataRows(grid).map((r) => r.dataset.key)).toContain('500')
  })

  it('sorts when a sortable header is pressed (ascending, then descending) or activated with Enter', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Grid />)
    const name = screen.getByRole('columnheader', { name: 'Name' })
    expect(name).not.toHaveAttribute('aria-sort')
    await user.click(name)
    expect(name).toHaveAttribute('aria-sort', 'ascending')
    await user.click(name)
    expect(name).toHaveAttribute('aria-sort', 'descending')
    await user.click(screen.getByRole('columnheader', { name: 'Note' }))
    expect(name).toHaveAttribute('aria-sort', 'descending')
    const id = screen.getByRole('columnheader', { name: 'ID' })
    id.focus()
    await user.keyboard('{Enter}')
    expect(id).toHaveAttribute('aria-sort', 'ascending')
    expect(name).not.toHaveAttribute('aria-sort')
  })

  it('has one Tab stop and moves between cells and their buttons with the arrow keys, Home and End', async () => {
    const user = userEvent.setup()
    renderWithProviders(<><button type="button">Before</button><Grid /></>)
    const grid = screen.getByRole('grid', { name: 'Things' })
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    screen.getByRole('button', { name: 'Before' }).focus()
    // Tab enters at the first row in view.
    await user.tab()
    const row1 = screen.getByRole('row', { name: 'Thing 1' })
    expect(within(row1).getAllByRole('gridcell')[0]).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('columnheader', { name: 'ID' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(within(row1).getAllByRole('gridcell')[0]).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(within(row1).getByRole('rowheader')).toHaveFocus()
    await user.keyboard('{End}')
    expect(within(row1).getByRole('button', { name: 'Remove Thing 1' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(within(row1).getByRole('button', { name: 'Edit Thing 1' })).toHaveFocus()
    // Down keeps the column; a disabled button is skipped.
    await user.keyboard('{ArrowDown}')
    expect(within(screen.getByRole('row', { name: 'Thing 2' })).getByRole('button', { name: 'Edit Thing 2' })).toHaveFocus()
    await user.keyboard('{Home}')
    expect(within(screen.getByRole('row', { name: 'Thing 2' })).getAllByRole('gridcell')[0]).toHaveFocus()
    // Still one Tab stop: where focus is.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1)
    expect(grid.querySelector('[tabindex="0"]')).toHaveFocus()

    // Ctrl+End goes to the last row, which is scrolled into view first.
    await user.keyboard('{Control>}{End}{/Control}')
    await waitFor(() => expect(within(screen.getByRole('row', { name: 'Thing 500' })).getAllByRole('gridcell')[0]).toHaveFocus())
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(screen.getByRole('columnheader', { name: 'ID' })).toHaveFocus()
  })

  it('keeps the button of the cell when moving up and down (the first one where a row has fewer)', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Grid />)
    await user.click(screen.getByRole('button', { name: 'Remove Thing 3' }))
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('button', { name: 'Remove Thing 4' })).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('button', { name: 'Remove Thing 3' })).toHaveFocus()
    // Thing 2's Remove is disabled: its only button takes focus.
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('button', { name: 'Edit Thing 2' })).toHaveFocus()
  })

  it('keeps the row with focus while it is scrolled out of view', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Grid />)
    const grid = screen.getByRole('grid', { name: 'Things' })
    await user.click(within(screen.getByRole('row', { name: 'Thing 3' })).getByRole('rowheader'))
    scrollTo(grid, 300)
    await waitFor(() => expect(dataRows(grid).map((r) => r.dataset.key)).toContain('301'))
    expect(within(screen.getByRole('row', { name: 'Thing 3' })).getByRole('rowheader')).toHaveFocus()
    expect(dataRows(grid).map((r) => r.dataset.key)).not.toContain('1')
  })

  it('shows the empty state, a spinner while loading and one after the rows while loading more', () => {
    const empty = renderWithProviders(<Grid items={[]} />)
    expect(within(screen.getByRole('grid', { name: 'Things' })).getByText('Nothing here.')).toBeInTheDocument()
    expect(screen.getByRole('grid', { name: 'Things' })).not.toHaveAttribute('aria-busy')
    empty.unmount()
    const loading = renderWithProviders(<Grid items={[]} loadingState="loading" />)
    expect(screen.getByRole('progressbar', { name: 'Loading…' })).toBeInTheDocument()
    expect(screen.queryByText('Nothing here.')).not.toBeInTheDocument()
    loading.unmount()
    renderWithProviders(<Grid items={THINGS.slice(0, 3)} loadingState="loadingMore" />)
    expect(within(screen.getByRole('grid', { name: 'Things' })).getByRole('progressbar', { name: 'Loading more…' })).toBeInTheDocument()
    expect(screen.getByRole('grid', { name: 'Things' })).toHaveAttribute('aria-busy', 'true')
  })

  it('shows the placeholder of a costly cell in rows that appear while scrolling, and the cell once scrolling stops', async () => {
    renderWithProviders(<Grid />)
    const grid = screen.getByRole('grid', { name: 'Things' })
    // Rows shown before any scrolling are complete at once.
    expect(screen.getByRole('button', { name: 'Edit Thing 1' })).toBeInTheDocument()
    expect(screen.queryByTestId('slot 1')).not.toBeInTheDocument()
    scrollTo(grid, 200)
    // The rows render within the scroll event: look before the scrolling stops (150 ms later).
    const row = dataRows(grid).find((r) => r.dataset.key === '201')!
    expect(within(row).getByTestId('slot 201')).toBeInTheDocument()
    expect(within(row).queryByRole('button', { name: 'Edit Thing 201' })).not.toBeInTheDocument()
    // The other cells are there meanwhile.
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Thing 201')
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Edit Thing 201' })).toBeInTheDocument())
    expect(within(row).queryByTestId('slot 201')).not.toBeInTheDocument()
  })

  it('counts every row in aria-rowcount when more exist than are loaded', () => {
    renderWithProviders(<Grid items={THINGS.slice(0, 100)} rowCount={5000} />)
    expect(screen.getByRole('grid', { name: 'Things' })).toHaveAttribute('aria-rowcount', '5001')
  })

  it('keeps its columns at their narrowest widths and scrolls sideways rather than squeezing them', () => {
    renderWithProviders(<Grid />)
    const grid = screen.getByRole('grid', { name: 'Things' })
    // 80 + 120 + 0 + 120 px, for the header row and for the rows' container alike.
    expect(within(grid).getAllByRole('row')[0]).toHaveStyle({ minWidth: '320px' })
    expect(body(grid).firstElementChild).toHaveStyle({ minWidth: '320px' })
    // The scroll container itself is never a Tab stop (only the grid's active cell is).
    expect(body(grid)).toHaveAttribute('tabindex', '-1')
  })

  it('moves focus to the row that takes the place of a removed focused row, in the same column', async () => {
    const user = userEvent.setup()
    let setItems: (items: Thing[]) => void = () => {}
    function Removable() {
      const [items, set] = useState(THINGS)
      useEffect(() => {
        setItems = set
      }, [])
      return <Grid items={items} />
    }
    renderWithProviders(<Removable />)
    await user.click(screen.getByRole('button', { name: 'Remove Thing 3' }))
    act(() => setItems(THINGS.filter((t) => t.id !== 3)))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Thing 4' })).toHaveFocus())
  })

  it('scrolls back to the top with Ctrl+Home', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Grid />)
    const grid = screen.getByRole('grid', { name: 'Things' })
    scrollTo(grid, 300)
    await user.click(within(await screen.findByRole('row', { name: 'Thing 301' })).getByRole('rowheader'))
    await user.keyboard('{Control>}{Home}{/Control}')
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveFocus()
    expect(body(grid).scrollTop).toBe(0)
  })
})
