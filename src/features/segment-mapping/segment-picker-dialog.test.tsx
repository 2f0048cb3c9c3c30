import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchAllMappings } from '../../api/destinations'
import { fetchAllSegments } from '../../api/segments'
import { server } from '../../mocks/node'
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
    const rows = within(within(edit).getByRole('grid', { name: 'Segments to map' })).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Age Range: 18-20', 'Age Range: 21-24'])
    for (const r of rows) expect(r).toHaveTextContent('Auto-filled')
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

/** What "Select all … matching" should skip for destination 1001 and search `search`, from the backend. */
async function expectedSkips(search: string) {
  const [segments, mappings] = await Promise.all([fetchAllSegments({ search }), fetchAllMappings(1001)])
  const mapped = new Set(mappings.map((m) => m.sid))
  return { total: segments.length, mapped: segments.filter((s) => mapped.has(s.sid)).length }
}

describe('Browse All Segments: selecting many', () => {
  it('selects all segments matching the search, not only the page, and skips the mapped ones', async () => {
    const { user, dialog, segments } = await openPicker(1001)
    expect(within(dialog).queryByRole('button', { name: /^Select all/ })).not.toBeInTheDocument()
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Age Range')
    await rowsShow(segments, /Age Range/)
    const { total, mapped } = await expectedSkips('Age Range')
    expect(mapped).toBeGreaterThanOrEqual(2)
    await user.click(await within(dialog).findByRole('button', { name: `Select all ${total} matching` }))
    const added = total - mapped
    expect(await within(dialog).findByText(
      `Added ${added} segments to the selection. Skipped ${mapped}: ${mapped} already mapped to this destination.`,
    )).toBeInTheDocument()
    expect(within(dialog).getByText(`${added} selected`)).toBeInTheDocument()
    expect(within(within(segments).getByRole('row', { name: /^Age Range: 45-49/ })).getByRole('checkbox')).not.toBeChecked()
    expect(within(within(segments).getByRole('row', { name: /^Age Range: 18-20$/ })).getByRole('checkbox')).toBeChecked()
  })

  it('counts with thousands separators and says why blocked segments were skipped', async () => {
    const { user, dialog } = await openPicker(1001)
    await user.click(within(dialog).getByRole('button', { name: /Status/ }))
    await user.click(await screen.findByRole('option', { name: 'Active' }))
    const button = await within(dialog).findByRole('button', { name: /^Select all \d{1,3},\d{3} matching$/ }, { timeout: 5000 })
    const count = /Select all ([\d,]+) matching/.exec(button.textContent ?? '')?.[1]
    expect(within(dialog).getByText(new RegExp(`\\(${count} segments\\)`))).toBeInTheDocument()
    await user.click(button)
    const summary = await within(dialog).findByText(/^Added [\d,]+ segments to the selection\. Skipped/, {}, { timeout: 15_000 })
    expect(summary.textContent).toMatch(/already mapped to this destination, [\d,]+ blocked by Data Export Controls\.$/)
    const added = /^Added ([\d,]+) segments/.exec(summary.textContent ?? '')?.[1]
    expect(within(dialog).getByText(`${added} selected`)).toBeInTheDocument()
  })

  it('refuses to select more than 5,000 at once and says how to narrow the scope', async () => {
    server.use(
      http.get('*/v1/segments', ({ request }) => {
        const q = new URL(request.url).searchParams
        return q.get('search') === 'Interest' && q.get('pageSize') === '50'
          ? HttpResponse.json({ total: 6000, page: 0, pageSize: 50, list: [] })
          : undefined
      }),
    )
    const { user, dialog } = await openPicker(1001)
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Interest')
    const button = await within(dialog).findByRole('button', { name: 'Select all 6,000 matching' }, { timeout: 5000 })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription('At most 5,000 segments can be selected at once. Narrow the search, folder or filters.')
  })

  it('keeps the selection and says so when reading the matches fails', async () => {
    server.use(
      http.get('*/v1/segments', ({ request }) =>
        new URL(request.url).searchParams.get('pageSize') === '1000'
          ? HttpResponse.json({ code: 'SERVER_ERROR', message: 'The segment service is down.' }, { status: 500 })
          : undefined),
    )
    const { user, dialog, segments } = await openPicker(1001)
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Age Range')
    await rowsShow(segments, /Age Range/)
    await user.click(within(within(segments).getByRole('row', { name: /^Age Range: 18-20$/ })).getByRole('checkbox'))
    await user.click(within(dialog).getByRole('button', { name: /^Select all \d+ matching$/ }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Could not select all matching segments')
    expect(alert).toHaveTextContent('The segment service is down. Your selection is unchanged.')
    expect(within(dialog).getByText('1 selected')).toBeInTheDocument()
  })

  it('shows progress while reading the matches, and "Stop selecting" cancels the read', async () => {
    let aborted = false
    server.use(
      http.get('*/v1/segments', async ({ request }) => {
        if (new URL(request.url).searchParams.get('pageSize') !== '1000') return undefined
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve))
        aborted = request.signal.aborted
        return HttpResponse.error()
      }),
    )
    const { user, dialog, segments } = await openPicker(1001)
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Age Range')
    await rowsShow(segments, /Age Range/)
    await user.click(within(dialog).getByRole('button', { name: /^Select all \d+ matching$/ }))
    expect(await within(dialog).findByRole('progressbar', { name: 'Reading matching segments' })).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: /^Select all \d+ matching$/ })).toBeDisabled()
    await user.click(within(dialog).getByRole('button', { name: 'Stop selecting' }))
    await waitFor(() => expect(aborted).toBe(true))
    expect(within(dialog).queryByRole('progressbar', { name: 'Reading matching segments' })).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()
    expect(within(dialog).getByText('0 selected')).toBeInTheDocument()
  })

  it('the page checkbox selects the page without mapped rows, and clears it when pressed again', async () => {
    const { user, dialog, segments } = await openPicker(1001)
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Age Range')
    await rowsShow(segments, /Age Range/)
    const { total, mapped } = await expectedSkips('Age Range')
    expect(total).toBeLessThanOrEqual(50) // one page
    const selectPage = within(segments).getByRole('checkbox', { name: 'Select All' })
    await user.click(selectPage)
    expect(within(dialog).getByText(`${total - mapped} selected`)).toBeInTheDocument()
    expect(within(within(segments).getByRole('row', { name: /^Age Range: 45-49/ })).getByRole('checkbox')).not.toBeChecked()
    await user.click(selectPage)
    expect(within(dialog).getByText('0 selected')).toBeInTheDocument()
  })

  it('cancels a superseded search and keeps the previous rows while the next loads', async () => {
    let aborted = false
    let started = () => {}
    const slowStarted = new Promise<void>((resolve) => { started = resolve })
    server.use(
      http.get('*/v1/segments', async ({ request }) => {
        if (new URL(request.url).searchParams.get('search') !== 'Age Range: 2') return undefined
        started()
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve))
        aborted = request.signal.aborted
        return HttpResponse.error()
      }),
    )
    const { user, dialog, segments } = await openPicker(1001)
    const search = within(dialog).getByRole('searchbox', { name: 'Search segments' }) as HTMLInputElement
    // Pasting over the whole text changes the search once (typing would search for every prefix).
    const replaceSearch = async (text: string) => {
      search.focus()
      search.setSelectionRange(0, search.value.length)
      await user.paste(text)
    }
    await replaceSearch('Age Range: 1')
    await rowsShow(segments, /Age Range: 1/)
    const before = within(segments).getAllByRole('rowheader').map((h) => h.textContent)
    await replaceSearch('Age Range: 2')
    await slowStarted
    // The rows of the previous answer stay on screen while the new search loads.
    expect(within(segments).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(before)
    await replaceSearch('Age Range: 21')
    await rowsShow(segments, /Age Range: 21/)
    await waitFor(() => expect(aborted).toBe(true))
  })

  it('a new search starts again on the first page', async () => {
    const { user, dialog, segments } = await openPicker(1001)
    await user.click(within(dialog).getByRole('button', { name: 'Next' }))
    expect(await within(dialog).findByText(/^Page 2 of \d+/)).toBeInTheDocument()
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), 'Age Range')
    await rowsShow(segments, /Age Range/)
    expect(within(dialog).getByText(/^Page 1 of 1 \(\d+ segments\)$/)).toBeInTheDocument()
  })
})
