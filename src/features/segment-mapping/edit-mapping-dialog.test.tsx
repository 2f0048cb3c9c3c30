import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { addBySearch, renderSection, typeDate } from './section-test-helpers'

describe('Edit Mapping dialog', () => {
  it('auto-fills the segment ID read-only for LiveRamp Acme Retail and saves one mapping', async () => {
    const { user } = await renderSection(1001)
    const dialog = await addBySearch(user, 'Age Range: 18-20', 'Age Range: 18-20')
    expect(within(dialog).getByText('Destination ID')).toBeInTheDocument()
    expect(within(dialog).getByText('1001')).toBeInTheDocument()
    // The value is read-only text in the row (no field), marked "Auto-filled".
    const rows = within(dialog).getByRole('grid', { name: 'Segments to map' })
    const row = within(rows).getByRole('row', { name: /Age Range: 18-20/ })
    const [sid, value, status] = within(row).getAllByRole('gridcell')
    expect(sid.textContent).toMatch(/^\d+$/)
    expect(value).toHaveTextContent(sid.textContent ?? '')
    expect(within(row).queryByRole('textbox')).not.toBeInTheDocument()
    expect(status).toHaveTextContent('Auto-filled')
    // Start Date defaults to today in UTC.
    const today = new Date().toISOString().slice(0, 10).split('-').map(Number)
    const [month, day, year] = within(screen.getByRole('group', { name: /^Start Date/ })).getAllByRole('spinbutton')
    expect([year, month, day].map((s) => Number(s.getAttribute('aria-valuenow')))).toEqual(today)

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('1 segment mapped to LiveRamp Acme Retail')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    expect(await screen.findByText('151 mappings')).toBeInTheDocument()
  })

  it('requires a manual value for LiveRamp Friendly Names, then saves it', async () => {
    const { user, table } = await renderSection(1002)
    const dialog = await addBySearch(user, 'Age Range: 21-24', 'Age Range: 21-24')
    const value = within(dialog).getByRole('textbox', { name: /Destination Value/ })
    expect(value).toHaveValue('')
    expect(value).not.toHaveAttribute('readonly')
    expect(within(dialog).queryByText('Auto-filled')).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('Enter a mapping value.')).toBeInTheDocument()
    expect(value).toHaveAttribute('aria-invalid', 'true')

    await user.type(value, 'Acme Young Adults')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('1 segment mapped to LiveRamp Friendly Names')).toBeInTheDocument()
    expect(await within(table).findByText('Acme Young Adults')).toBeInTheDocument()
  })

  it('asks before discarding a typed value, and keeps it when the user goes on editing', async () => {
    const { user } = await renderSection(1002)
    const dialog = await addBySearch(user, 'Age Range: 21-24', 'Age Range: 21-24')
    const value = within(dialog).getByRole('textbox', { name: /Destination Value/ })
    await user.type(value, 'Acme Young Adults')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await within(dialog).findByText('Discard your changes?')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }))
    expect(value).toHaveValue('Acme Young Adults')
    expect(within(dialog).queryByText('Discard your changes?')).not.toBeInTheDocument()

    await user.keyboard('{Escape}')
    expect(await within(dialog).findByText('Discard your changes?')).toBeInTheDocument()
    expect(screen.getByRole('dialog', { name: 'Edit Mapping' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
  })

  it('closes at once when nothing was typed', async () => {
    const { user } = await renderSection(1001)
    const dialog = await addBySearch(user, 'Age Range: 18-20', 'Age Range: 18-20')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
  })

  it('refuses an end date before the start date', async () => {
    const { user } = await renderSection(1002)
    const dialog = await addBySearch(user, 'Age Range: 25-29', 'Age Range: 25-29')
    await user.type(within(dialog).getByRole('textbox', { name: /Destination Value/ }), 'Acme 25-29')
    await typeDate(user, 'Start Date', '03152026')
    await typeDate(user, 'End Date', '03142026')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('End Date cannot be before Start Date.')).toBeInTheDocument()
    expect(screen.getByRole('dialog', { name: 'Edit Mapping' })).toBeInTheDocument()
  })

  it('keeps everything typed and shows the error when the server fails', async () => {
    server.use(
      http.post('*/v1/destinations/:id/bulk-create', () =>
        HttpResponse.json(
          { code: 'SERVER_ERROR', message: 'The mapping service is down.', details: [{ field: '0.traitAlias', message: 'Rejected by the partner.' }] },
          { status: 500 },
        ),
      ),
    )
    const { user, table } = await renderSection(1002)
    const dialog = await addBySearch(user, 'Age Range: 30-34', 'Age Range: 30-34')
    const value = within(dialog).getByRole('textbox', { name: /Destination Value/ })
    await user.type(value, 'Acme Thirties')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The mapping service is down.')
    expect(await within(dialog).findByText('Rejected by the partner.')).toBeInTheDocument()
    expect(value).toHaveValue('Acme Thirties')
    expect(screen.getByRole('dialog', { name: 'Edit Mapping' })).toBeInTheDocument()
    expect(within(table).queryByText('Acme Thirties')).not.toBeInTheDocument()
  })

  it('prevents an exact duplicate and edits an existing mapping', async () => {
    const { user, table } = await renderSection(1002)
    const row = within(table).getByRole('row', { name: /Automotive: Luxury Cars/ })
    const name = within(row).getByRole('rowheader').textContent ?? ''
    const start = within(row).getAllByRole('gridcell')[3].textContent ?? ''
    await user.click(within(row).getByRole('button', { name: `Edit mapping for ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    const value = within(dialog).getByRole('textbox', { name: /Destination Value/ })
    expect(value).toHaveValue('Acme Luxury Car Shoppers')
    await user.clear(value)
    await user.type(value, 'Acme Premium Drivers')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText(`Mapping for ${name} updated`)).toBeInTheDocument()
    expect(await within(table).findByText('Acme Premium Drivers')).toBeInTheDocument()

    // Same segment, same value, same start day (so the dates overlap): refused in the dialog.
    const search = screen.getByRole('combobox', { name: /Search and Add Segments/ })
    await user.type(search, name)
    await user.click(await screen.findByRole('option', { name }))
    const again = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    await user.type(within(again).getByRole('textbox', { name: /Destination Value/ }), 'Acme Premium Drivers')
    await typeDate(user, 'Start Date', start.replace(/\//g, ''))
    await user.click(within(again).getByRole('button', { name: 'Save' }))
    expect(await within(again).findByText('Already mapped with this value and overlapping dates.')).toBeInTheDocument()
  })
})
