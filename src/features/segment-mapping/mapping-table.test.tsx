import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setAccessToken } from '../../api/http'
import { segmentQueries } from '../../api/segments'
import { demoDb } from '../../mocks/db'
import { renderSection } from './section-test-helpers'

describe('Segment Mappings section: mapping table', () => {
  it('renders the columns, rows with UTC dates and a delivery status in words', async () => {
    const { user, table } = await renderSection(1001)
    expect(screen.getByRole('heading', { name: 'Segment Mappings' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Segments Mapped to LiveRamp Acme Retail' })).toBeInTheDocument()
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual([
      'Segment ID', 'Name', 'Description', 'Segment Status', 'Start Date', 'End Date', 'Mapping', 'Delivery Status', 'Actions',
    ])
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

  it('filters by segment name, segment ID and mapping value, and shows a no-match state', async () => {
    const { user, table } = await renderSection(1002)
    const search = screen.getByRole('searchbox', { name: 'Search mapped segments' })
    await user.type(search, 'acme luxury')
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2))
    expect(within(table).getByRole('row', { name: /Automotive: Luxury Cars/ })).toBeInTheDocument()
    expect(screen.getByText('1 of 4 mappings')).toBeInTheDocument()

    await user.clear(search)
    await user.type(search, 'no such segment anywhere')
    expect(await within(table).findByText('No mapped segments match your search.')).toBeInTheDocument()
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
