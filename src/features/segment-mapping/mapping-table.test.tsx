import { MAPPING_SEARCH_DEBOUNCE_MS } from './mapping-table'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { createElement } from 'react'
import { describe, expect, it, onTestFinished } from 'vitest'
import { fetchDestination } from '../../api/destinations'
import { setAccessToken } from '../../api/http'
import { bulkCreateMappings } from '../../api/mappings'
import { segmentQueries } from '../../api/segments'
import { demoDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { SEED_SEGMENTS } from '../../mocks/seed/fixtures'
import { todayUtc } from '../../lib/dates'
import { renderWithProviders } from '../../test/render'
import { renderSection } from './section-test-helpers'
import { SegmentMappingsSection } from './segment-mappings-section'

/** Every request the demo backend sees during this test, in order. */
function recordRequests(): URL[] {
  const urls: URL[] = []
  const listener = ({ request }: { request: Request }) => void urls.push(new URL(request.url))
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return urls
}

/** The `GET .../mappings/` requests of destination `id` among `urls`. */
function mappingLists(urls: URL[], id: number): URL[] {
  return urls.filter((u) => u.pathname.replace(/\/$/, '') === `/v1/destinations/${id}/mappings`)
}

/** The table's body: the rowgroup with the data rows (the grid's scroll container). */
function tableBody(table: HTMLElement) {
  const body = within(table).getAllByRole('rowgroup').find((group) => within(group).queryAllByRole('rowheader').length > 0)
  if (!body) throw new Error('The table has no body with rows.')
  return body
}

/** The `aria-rowindex` of the last data row in the DOM (the header row is 1): after scrolling to the end, the loaded rows plus one. */
function lastRowIndex(table: HTMLElement): number {
  return Math.max(0, ...[...table.querySelectorAll('[role="row"][data-key]')].map((r) => Number(r.getAttribute('aria-rowindex'))))
}

/** Scrolls the table body to its end, where more rows are wanted. */
function scrollTableBody(table: HTMLElement) {
  const body = tableBody(table)
  // jsdom lays nothing out (scrollHeight is 0): a large offset stands for the end.
  body.scrollTop = 1_000_000
  fireEvent.scroll(body)
}

const rowNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((h) => h.textContent)

describe('Segment Mappings section: mapping table', () => {
  it('renders the columns, rows with UTC dates and a delivery status in words', async () => {
    const { user, table } = await renderSection(1001)
    expect(screen.getByRole('heading', { name: 'Segment Mappings' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Segments Mapped to LiveRamp Acme Retail' })).toBeInTheDocument()
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual([
      'Segment ID', 'Name', 'Description', 'Segment Status', 'Start Date', 'End Date', 'Mapping', 'Delivery Status', 'Actions',
    ])
    // Every matching mapping (the server's total, 150) and the header row, before all are loaded.
    expect(table).toHaveAttribute('aria-rowcount', '151')
    expect(screen.getByText('150 mappings')).toBeInTheDocument()

    const search = screen.getByRole('searchbox', { name: 'Search mapped segments' })
    await user.type(search, 'Age Range: 45-49')
    const row = await within(table).findByRole('row', { name: /Age Range: 45-49/ })
    // gridcells: Segment ID, Description, Segment Status, Start, End, Mapping, Delivery Status, Actions
    const cells = within(row).getAllByRole('gridcell')
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Age Range: 45-49')
    const sid = cells[0].textContent ?? ''
    // Auto-fill Segment ID: the mapping value is the segment ID.
    expect(cells[5]).toHaveTextContent(sid)
    expect(cells[2]).toHaveTextContent('Active')
    expect(cells[3].textContent).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(cells[4].textContent).toMatch(/^(\d{2}\/\d{2}\/\d{4}|No end date)$/)
    expect(cells[6].textContent).toMatch(/^(Active|Scheduled|Expired)(Sent|Sending|The) /)
    expect(within(cells[6]).getByRole('button', { name: 'Information' })).toBeInTheDocument()
    expect(within(row).getByRole('button', { name: 'Edit mapping for Age Range: 45-49' })).toBeEnabled()
  })

  it('loads the first page before anything else and the next pages as the user scrolls; a small full list after the first page', async () => {
    const urls = recordRequests()
    const { user, table } = await renderSection(1001)
    const [first] = mappingLists(urls, 1001)
    expect(first.searchParams.get('page')).toBe('0')
    expect(first.searchParams.get('pageSize')).toBe('100')
    expect(rowNames(table)).toContain('Age Range: 45-49')
    const fullLists = () => mappingLists(urls, 1001).filter((u) => !u.searchParams.has('page'))
    // 150 mappings: the full list ("Mapped" marks) is read once the page is idle, after the first page.
    await waitFor(() => expect(fullLists()).toHaveLength(1))
    expect(mappingLists(urls, 1001).indexOf(fullLists()[0])).toBeGreaterThan(0)

    scrollTableBody(table)
    await waitFor(() => expect(lastRowIndex(table)).toBe(151))
    const pages = mappingLists(urls, 1001).filter((u) => u.searchParams.has('page')).map((u) => u.searchParams.get('page'))
    expect(pages).toEqual(['0', '1'])
    // Everything is loaded: scrolling again asks for nothing more.
    scrollTableBody(table)
    expect(mappingLists(urls, 1001).filter((u) => u.searchParams.get('page') === '2')).toEqual([])
    expect(screen.getByText('150 mappings')).toBeInTheDocument()

    // Adding finds the marks there already, without asking again.
    await user.type(screen.getByRole('combobox', { name: /Search and Add Segments/ }), 'Age Range: 45-49')
    const option = await screen.findByRole('option', { name: 'Age Range: 45-49' }, { timeout: 3000 })
    expect(option).toHaveAccessibleDescription(/Mapped/)
    expect(fullLists()).toHaveLength(1)
  })

  it('asks for the full mapping list when the pointer reaches "Browse All Segments", and the picker marks mapped rows', async () => {
    const urls = recordRequests()
    const { user } = await renderSection(1001)
    const fullLists = () => mappingLists(urls, 1001).filter((u) => !u.searchParams.has('page'))
    expect(fullLists()).toEqual([])
    const browse = screen.getByRole('button', { name: 'Browse All Segments' })
    await user.hover(browse)
    await waitFor(() => expect(fullLists()).toHaveLength(1))
    await user.click(browse)
    const dialog = await screen.findByRole('dialog', { name: 'Browse All Segments' })
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Age Range: 45-49')
    const segments = within(dialog).getByRole('grid', { name: 'Segments' })
    const row = await within(segments).findByRole('row', { name: /^Age Range: 45-49/ }, { timeout: 3000 })
    expect(within(row).getByText('Mapped')).toBeInTheDocument()
    expect(fullLists()).toHaveLength(1)
  })

  it('on a large destination, asks for the full list neither on opening nor on hover, and in the picker only once it has been open a while', async () => {
    const urls = recordRequests()
    // Over FULL_MAPPING_LIST_EAGER_LIMIT mappings: the list is read on demand.
    const destination = { ...(await fetchDestination(1001)), mappingCount: 5000 }
    renderWithProviders(<SegmentMappingsSection destination={destination} />)
    const table = await screen.findByRole('grid', { name: 'Segments Mapped to LiveRamp Acme Retail' })
    await within(table).findAllByRole('rowheader')
    const fullLists = () => mappingLists(urls, 1001).filter((u) => !u.searchParams.has('page'))
    const user = userEvent.setup()
    const browse = screen.getByRole('button', { name: 'Browse All Segments' })
    await user.hover(browse)
    await user.click(browse)
    const picker = await screen.findByRole('dialog', { name: 'Browse All Segments' })
    await user.type(within(picker).getByRole('searchbox', { name: 'Search segments' }), 'Age Range: 45-49')
    await within(picker).findByRole('row', { name: /Age Range: 45-49/ })
    // The user's first search comes first; the list follows once the picker has been open a while.
    expect(fullLists()).toEqual([])
    await waitFor(() => expect(fullLists()).toHaveLength(1), { timeout: 5000 })
  })

  it('searches on the server (accents and case ignored) and shows a no-match state', async () => {
    const { ACCENTS } = SEED_SEGMENTS.SPECIAL
    await bulkCreateMappings(1002, [{ sid: ACCENTS.sid, startDate: todayUtc(), traitAlias: 'Crème Brûlée Fans' }])
    const urls = recordRequests()
    const { user, table } = await renderSection(1002)
    expect(screen.getByText('5 mappings')).toBeInTheDocument()
    const search = screen.getByRole('searchbox', { name: 'Search mapped segments' })
    await user.type(search, 'PATISSERIE lovers')
    await waitFor(() => expect(rowNames(table)).toEqual([ACCENTS.name]))
    expect(screen.getByText('1 of 5 mappings')).toBeInTheDocument()
    const lastSearch = () => mappingLists(urls, 1002).flatMap((u) => u.searchParams.get('search') ?? []).at(-1)
    await waitFor(() => expect(lastSearch()).toBe('PATISSERIE lovers'))
    await waitFor(() => expect(rowNames(table)).toEqual([ACCENTS.name]))

    await user.clear(search)
    await user.type(search, 'acme luxury')
    await waitFor(() => expect(rowNames(table)).toEqual(['Automotive: Luxury Cars']))
    expect(screen.getByText('1 of 5 mappings')).toBeInTheDocument()

    await user.clear(search)
    await user.type(search, 'no such segment anywhere')
    expect(await within(table).findByText('No mapped segments match your search.')).toBeInTheDocument()
  })

  it('sorts on the server when a column header is pressed, both ways', async () => {
    const urls = recordRequests()
    const { user, table } = await renderSection(1002)
    const body = tableBody(table)
    body.scrollTop = 120
    fireEvent.scroll(body)
    const byName = [...demoDb().mappingsOf(1002)].map((m) => m.elementName ?? '').sort((a, b) => a.localeCompare(b))
    await user.click(within(table).getByRole('columnheader', { name: 'Name' }))
    await waitFor(() => expect(rowNames(table)).toEqual(byName))
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')
    // A new order starts at its first row.
    expect(body.scrollTop).toBe(0)
    await user.click(within(table).getByRole('columnheader', { name: 'Name' }))
    await waitFor(() => expect(rowNames(table)).toEqual([...byName].reverse()))
    const sorts = mappingLists(urls, 1002).filter((u) => u.searchParams.has('sortBy'))
    expect(sorts.map((u) => [u.searchParams.get('sortBy'), u.searchParams.get('descending')])).toEqual([['elementName', null], ['elementName', 'true']])

    await user.click(within(table).getByRole('columnheader', { name: 'Mapping' }))
    const byValue = [...demoDb().mappingsOf(1002)].sort((a, b) => (a.traitAlias ?? '').localeCompare(b.traitAlias ?? '')).map((m) => m.elementName)
    await waitFor(() => expect(rowNames(table)).toEqual(byValue))
    expect(mappingLists(urls, 1002).at(-1)?.searchParams.get('sortBy')).toBe('traitAlias')
  })

  it('keeps the previous rows while a search loads and aborts a search that was superseded', async () => {
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const searches: Request[] = []
    server.use(
      http.get('*/v1/destinations/:id/mappings/', async ({ request }) => {
        if (!new URL(request.url).searchParams.get('search')) return undefined
        searches.push(request)
        await gate
        return undefined // on to the demo backend
      }),
    )
    const { user, table } = await renderSection(1002)
    const search = screen.getByRole('searchbox', { name: 'Search mapped segments' })
    await user.type(search, 'acme')
    await waitFor(() => expect(searches.length).toBeGreaterThan(0))
    expect(rowNames(table)).toHaveLength(4)
    expect(screen.getByText('4 mappings')).toBeInTheDocument()
    await user.type(search, ' luxury')
    await waitFor(() => expect(new URL(searches.at(-1)!.url).searchParams.get('search')).toBe('acme luxury'))
    await waitFor(() => expect(searches[0].signal.aborted).toBe(true))
    expect(rowNames(table)).toHaveLength(4)
    release()
    await waitFor(() => expect(rowNames(table)).toEqual(['Automotive: Luxury Cars']))
    expect(screen.getByText('1 of 4 mappings')).toBeInTheDocument()
  })

  it('keeps an over-long search in the box, says so and sends nothing, keeping the rows', async () => {
    const urls = recordRequests()
    const { user, table } = await renderSection(1002)
    const search = screen.getByRole('searchbox', { name: 'Search mapped segments' })
    const before = rowNames(table)
    await user.click(search)
    await user.paste('x'.repeat(1001))
    expect(search).toHaveValue('x'.repeat(1001))
    expect(await screen.findByText('Use at most 1,000 characters to search (this text has 1,001).')).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, MAPPING_SEARCH_DEBOUNCE_MS + 100))
    expect(mappingLists(urls, 1002).filter((u) => (u.searchParams.get('search') ?? '').length > 0)).toEqual([])
    expect(rowNames(table)).toEqual(before)
  })

  it('says when the mappings cannot be loaded and retries', async () => {
    let failing = true
    server.use(
      http.get('*/v1/destinations/:id/mappings/', () =>
        failing ? HttpResponse.json({ code: 'SERVER_ERROR', message: 'The mapping service is down.' }, { status: 503 }) : undefined),
    )
    const destination = await fetchDestination(1002)
    renderWithProviders(createElement(SegmentMappingsSection, { destination }))
    expect(await screen.findByRole('heading', { name: 'Could not load the mappings' })).toBeInTheDocument()
    expect(screen.getByText('The mapping service is down.')).toBeInTheDocument()
    failing = false
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    const table = await screen.findByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' })
    await waitFor(() => expect(rowNames(table)).toHaveLength(4))
    expect(screen.queryByRole('heading', { name: 'Could not load the mappings' })).not.toBeInTheDocument()
  })

  it('keeps the loaded rows when the next page fails, and Retry loads it', async () => {
    let failing = true
    server.use(
      http.get('*/v1/destinations/:id/mappings/', ({ request }) =>
        failing && new URL(request.url).searchParams.get('page') === '1'
          ? HttpResponse.json({ code: 'SERVER_ERROR', message: 'Try again later.' }, { status: 500 })
          : undefined),
    )
    const { user, table } = await renderSection(1001)
    scrollTableBody(table)
    expect(await screen.findByRole('heading', { name: 'Could not load more mappings' })).toBeInTheDocument()
    expect(lastRowIndex(table)).toBe(101)
    failing = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(lastRowIndex(table)).toBe(151))
    expect(screen.queryByRole('heading', { name: 'Could not load more mappings' })).not.toBeInTheDocument()
  })

  it('removes a LiveRamp mapping after a confirmation that says what removal means', async () => {
    const { user, table } = await renderSection(1002)
    const row = within(table).getByRole('row', { name: /Sports: Baseball/ })
    const name = within(row).getByRole('rowheader').textContent ?? ''
    await user.click(within(row).getByRole('button', { name: `Remove mapping for ${name}` }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove mapping' })
    expect(dialog).toHaveTextContent('The audience stops refreshing in LiveRamp and ages out there over time; it is not deleted from LiveRamp.')
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))
    expect(await screen.findByText(`Removed ${name} from LiveRamp Friendly Names`)).toBeInTheDocument()
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Sports: Baseball/ })).not.toBeInTheDocument())
    expect(screen.getByText('3 mappings')).toBeInTheDocument()
  })

  it('keeps the mapping when the user cancels', async () => {
    const { user, table } = await renderSection(1002)
    const [first] = within(table).getAllByRole('button', { name: /^Remove mapping for / })
    await user.click(first)
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove mapping' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Remove mapping' })).not.toBeInTheDocument())
    expect(screen.getByText('4 mappings')).toBeInTheDocument()
  })

  it('disables the controls for a viewer and says why', async () => {
    setAccessToken('demo-viewer')
    const { table } = await renderSection(1002)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Browse All Segments' })).toBeDisabled())
    expect(screen.getByRole('button', { name: 'Browse All Segments' })).toHaveAccessibleDescription(/MAP_ALL_TO_DESTINATIONS/)
    expect(screen.getByRole('combobox', { name: /Search and Add Segments/ })).toBeDisabled()
    expect(screen.getByRole('combobox', { name: /Search and Add Segments/ })).toHaveAccessibleDescription(/MAP_ALL_TO_DESTINATIONS/)
    for (const button of within(table).getAllByRole('button', { name: /^(Edit|Remove) mapping for / })) {
      expect(button).toBeDisabled()
      expect(button).toHaveAccessibleDescription(/MAP_ALL_TO_DESTINATIONS/)
    }
  })

  it('flags rows whose value differs from the Segment ID auto-fill rule, with the rule value', async () => {
    demoDb().destinations.get(1002)!.autoFillMapping = 'SEGMENT_ID'
    const { table } = await renderSection(1002)
    const row = within(table).getByRole('row', { name: /Sports: Baseball/ })
    const sid = within(row).getAllByRole('gridcell')[0].textContent
    expect(within(row).getByText(`Differs from auto-fill (${sid})`)).toBeInTheDocument()
    expect(within(table).getAllByText(/^Differs from auto-fill \(\d+\)$/)).toHaveLength(4)
  })

  it('flags Integration Code mismatches once the segment is known (no extra requests), and leaves matching rows alone', async () => {
    const [changed] = demoDb().mappingsOf(1003)
    changed.traitAlias = 'hand-typed'
    const { table, queryClient } = await renderSection(1003)
    expect(within(table).queryByText(/^Differs from auto-fill/)).not.toBeInTheDocument()
    const segment = await queryClient.fetchQuery(segmentQueries.detail(changed.sid))
    expect(await within(table).findByText(`Differs from auto-fill (${segment.integrationCode})`)).toBeInTheDocument()
    expect(within(table).getAllByText(/^Differs from auto-fill/)).toHaveLength(1)
  })

  it('flags nothing on destinations without auto-fill', async () => {
    const { table } = await renderSection(1002)
    expect(within(table).queryByText(/^Differs from auto-fill/)).not.toBeInTheDocument()
  })
})
