import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderSection } from './section-test-helpers'

async function openPicker(id: number) {
  const utils = await renderSection(id)
  await utils.user.click(screen.getByRole('button', { name: 'Browse All Segments' }))
  const dialog = await screen.findByRole('dialog', { name: 'Browse All Segments' })
  const segments = within(dialog).getByRole('grid', { name: 'Segments' })
  await within(segments).findAllByRole('rowheader', {}, { timeout: 5000 })
  return { ...utils, dialog, segments }
}

/** Waits until every data row of the Segments table matches `name`. */
async function rowsShow(segments: HTMLElement, name: RegExp) {
  await waitFor(() => {
    const headers = within(segments).getAllByRole('rowheader')
    expect(headers.length).toBeGreaterThan(0)
    for (const h of headers) expect(h.textContent).toMatch(name)
  }, { timeout: 3000 })
}

describe('Browse All Segments', () => {
  it('narrows the list by folder, marks mapped rows and keeps the selection across searches', async () => {
    const { user, dialog, segments } = await openPicker(1001)
    const tree = within(dialog).getByRole('treegrid', { name: 'Segment folders' })
    expect(within(tree).getByRole('row', { name: 'All Segments' })).toHaveAttribute('aria-selected', 'true')
    await user.click(within(tree).getByRole('row', { name: 'Demographic' }))
    await rowsShow(segments, /./)
    await user.click(within(tree).getByRole('button', { name: /Expand Demographic/ }))
    await user.click(await within(tree).findByRole('row', { name: 'Age Range' }))
    await rowsShow(segments, /Age Range/)

    // 1001 always maps "Age Range: 45-49": marked, still selectable.
    const mapped = within(segments).getByRole('row', { name: /^Age Range: 45-49/ })
    expect(within(mapped).getByText('Mapped')).toBeInTheDocument()
    expect(within(mapped).getByRole('checkbox')).toBeEnabled()

    await user.click(within(within(segments).getByRole('row', { name: /^Age Range: 18-20$/ })).getByRole('checkbox'))
    expect(within(dialog).getByText('1 selected')).toBeInTheDocument()

    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Age Range: 21-24')
    await rowsShow(segments, /Age Range: 21-24/)
    await user.click(within(within(segments).getByRole('row', { name: /^Age Range: 21-24$/ })).getByRole('checkbox'))
    expect(within(dialog).getByText('2 selected')).toBeInTheDocument()

    await user.clear(within(dialog).getByRole('searchbox', { name: 'Search segments' }))
    const back = await within(segments).findByRole('row', { name: /^Age Range: 18-20$/ }, { timeout: 3000 })
    expect(within(back).getByRole('checkbox')).toBeChecked()
    expect(within(within(segments).getByRole('row', { name: /^Age Range: 21-24$/ })).getByRole('checkbox')).toBeChecked()

    await user.click(within(dialog).getByRole('button', { name: 'Add Selected Segments' }))
    const edit = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    expect(within(edit).getAllByRole('textbox', { name: /Destination Value/ })).toHaveLength(2)
    expect(within(edit).getAllByText('Auto-filled')).toHaveLength(2)
    await user.click(within(edit).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('2 segments mapped to LiveRamp Acme Retail')).toBeInTheDocument()
  })

  it('disables rows blocked by Data Export Controls and names the control and label', async () => {
    const { user, dialog, segments } = await openPicker(1001)
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'CRM -')
    await rowsShow(segments, /^CRM - /)
    const [row] = within(segments).getAllByRole('row').slice(1)
    expect(within(row).getByText('Blocked')).toBeInTheDocument()
    expect(row).toHaveTextContent('Cannot be used for off-site ad targeting')
    expect(row).toHaveTextContent('This destination may be used for off-site ad targeting')
    expect(within(row).getByRole('checkbox')).toBeDisabled()
    expect(within(dialog).getByRole('button', { name: 'Add Selected Segments' })).toBeDisabled()
    expect(within(dialog).getByText('0 selected')).toBeInTheDocument()
  })

  it('filters by status and says why integration-code destinations cannot take segments without one', async () => {
    const { user, dialog, segments } = await openPicker(1003)
    await user.click(within(dialog).getByRole('button', { name: /Status/ }))
    await user.click(await screen.findByRole('option', { name: 'Inactive' }))
    await waitFor(() => {
      const rows = within(segments).getAllByRole('row').slice(1)
      expect(rows.length).toBeGreaterThan(0)
      for (const r of rows) {
        expect(within(r).getByText('Inactive')).toBeInTheDocument()
        expect(within(r).queryByText('Active')).not.toBeInTheDocument()
      }
    })
    await user.click(within(dialog).getByRole('button', { name: /Status/ }))
    await user.click(await screen.findByRole('option', { name: 'All' }))
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'just browsing')
    await rowsShow(segments, /just browsing/)
    const row = within(segments).getAllByRole('row')[1]
    expect(within(row).getByText('Not addable')).toBeInTheDocument()
    expect(row).toHaveTextContent('no integration code')
    expect(within(row).getByRole('checkbox')).toBeDisabled()
  })
})
