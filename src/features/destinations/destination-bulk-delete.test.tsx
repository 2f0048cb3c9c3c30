import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { demoDb } from '../../mocks/db'
import { renderApp } from '../../test/render-app'
import { bulkDeleteDialog } from './bulk-delete-dialog-loader'

afterEach(() => vi.restoreAllMocks())

function grid() {
  return screen.getByRole('grid', { name: 'Destinations' })
}
function rowOf(name: string) {
  return within(grid()).getAllByRole('row').find((row) => within(row).queryByRole('rowheader', { name }))!
}

describe('bulk delete on the destination list', () => {
  it('is absent for a marketer: no checkboxes, no "Delete Selected"', async () => {
    await renderApp('/destinations')
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    expect(within(grid()).queryByRole('checkbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete Selected' })).not.toBeInTheDocument()
  })

  it('disables rows with mappings and says why; "Delete Selected" waits for a selection', async () => {
    await renderApp('/destinations', { user: 'demo-care' })
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    const mapped = rowOf('LiveRamp Acme Retail')
    expect(within(mapped).getByRole('checkbox')).toBeDisabled()
    expect(mapped).toHaveTextContent('150 (has mappings, cannot be selected)')
    const button = screen.getByRole('button', { name: 'Delete Selected' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription('Select destinations without segment mappings to delete them together.')
  })

  it('deletes the selected destinations after a confirmation that lists them', async () => {
    const { user, router } = await renderApp('/destinations?q=Empty%20Test', { user: 'demo-care' })
    await screen.findByRole('link', { name: 'Empty Test Destination' })
    const row = rowOf('Empty Test Destination')
    await user.click(within(row).getByRole('checkbox'))
    expect(row).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByText('1 selected')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/destinations')

    await user.click(screen.getByRole('button', { name: 'Delete Selected' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete destinations' })
    expect(within(dialog).getByRole('list', { name: 'Destinations to delete' })).toHaveTextContent('Empty Test Destination (ID 1010)')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(demoDb().destinations.has(1010)).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Delete Selected' }))
    await user.click(within(await screen.findByRole('alertdialog', { name: 'Delete destinations' })).getByRole('button', { name: 'Delete' }))
    await screen.findByText('No destinations found')
    expect(demoDb().destinations.has(1010)).toBe(false)
    expect(screen.getByRole('button', { name: 'Delete Selected' })).toBeDisabled()
  })

  it('says so when the confirmation cannot be fetched, deletes nothing, and opens it on the next try', async () => {
    const { user } = await renderApp('/destinations?q=Empty%20Test', { user: 'demo-care' })
    await screen.findByRole('link', { name: 'Empty Test Destination' })
    const load = vi.spyOn(bulkDeleteDialog, 'load').mockRejectedValue(new TypeError('Failed to fetch dynamically imported module.'))
    const row = rowOf('Empty Test Destination')
    await user.click(within(row).getByRole('checkbox'))
    await user.click(screen.getByRole('button', { name: 'Delete Selected' }))
    expect(
      await screen.findByText('Could not open Delete destinations. Failed to fetch dynamically imported module. Check the connection, or reload the page.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog', { name: 'Delete destinations' })).not.toBeInTheDocument()
    expect(row).toHaveAttribute('aria-selected', 'true')
    expect(demoDb().destinations.has(1010)).toBe(true)

    load.mockRestore()
    await user.click(screen.getByRole('button', { name: 'Delete Selected' }))
    expect(await screen.findByRole('alertdialog', { name: 'Delete destinations' })).toBeInTheDocument()
  })

  it('keeps row click opening the destination when selection is on', async () => {
    const { user, router } = await renderApp('/destinations', { user: 'demo-care' })
    await screen.findByRole('link', { name: 'LiveRamp Acme Retail' })
    await user.click(within(rowOf('LiveRamp Acme Retail')).getAllByRole('gridcell')[2])
    await waitFor(() => expect(router.state.location.pathname).toBe('/destinations/1001'))
  })
})
