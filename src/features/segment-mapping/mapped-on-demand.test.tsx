import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, onTestFinished } from 'vitest'
import { fetchAllSegments } from '../../api/segments'
import { demoDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { addBySearch, renderSection, typeDate } from './section-test-helpers'

const COMBO = { name: /Search and Add Segments/ }
const MARKS_ALERT = 'Could not check which segments are already mapped'

/**
 * Controls the full mapping list of every destination (`GET .../mappings/` without `page`):
 * "hold" keeps requests waiting until the mode changes, "fail" answers 503, "pass" lets the demo
 * backend answer. `requests` counts the list requests; `reached` resolves when one arrives.
 */
function controlFullList(initial: 'hold' | 'fail' | 'pass') {
  let mode = initial
  let wake = () => {}
  let gate = new Promise<void>((resolve) => { wake = resolve })
  let arrived = () => {}
  const reached = new Promise<void>((resolve) => { arrived = resolve })
  const control = {
    requests: 0,
    reached,
    set(next: 'hold' | 'fail' | 'pass') {
      mode = next
      wake()
      gate = new Promise<void>((resolve) => { wake = resolve })
    },
  }
  server.use(
    http.get('*/v1/destinations/:id/mappings/', async ({ request }) => {
      if (new URL(request.url).searchParams.has('page')) return undefined
      control.requests++
      arrived()
      while (mode === 'hold') await gate
      return mode === 'fail'
        ? HttpResponse.json({ code: 'SERVER_ERROR', message: 'The mapping service is down.' }, { status: 503 })
        : undefined // on to the demo backend
    }),
  )
  onTestFinished(() => control.set('pass'))
  return control
}

/** Every `POST .../bulk-create` the demo backend sees during the test. */
function recordCreates(): Request[] {
  const creates: Request[] = []
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/bulk-create')) creates.push(request)
  }
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return creates
}

/** The alert "Could not check which segments are already mapped" (toasts of earlier tests are alerts too). */
async function marksAlert(container: HTMLElement = document.body) {
  const heading = await within(container).findByRole('heading', { name: MARKS_ALERT })
  const alert = heading.closest<HTMLElement>('[role="alert"]')
  if (!alert) throw new Error('The heading is not in an alert.')
  return alert
}

/** The option the combobox's virtual focus is on (aria-activedescendant), or null. */
function focusedOption(combo: HTMLElement) {
  const id = combo.getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

async function openPicker(id: number) {
  const utils = await renderSection(id)
  await utils.user.click(screen.getByRole('button', { name: 'Browse All Segments' }))
  const dialog = await screen.findByRole('dialog', { name: 'Browse All Segments' })
  const segments = within(dialog).getByRole('grid', { name: 'Segments' })
  return { ...utils, dialog, segments }
}

/** Searches the picker for `text` and waits until every row matches it. */
async function searchPicker(user: Awaited<ReturnType<typeof renderSection>>['user'], dialog: HTMLElement, segments: HTMLElement, text: string) {
  await user.type(within(dialog).getByRole('searchbox', { name: 'Search segments' }), text)
  await waitFor(() => {
    const names = within(segments).getAllByRole('rowheader').map((h) => h.textContent)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(name).toContain(text)
  }, { timeout: 3000 })
}

describe('The full mapping list, fetched when the user starts adding', () => {
  it('marks options "Mapped" once the list arrives after them, and the focused option stays focused', async () => {
    const list = controlFullList('hold')
    const { user } = await renderSection(1001)
    expect(list.requests).toBe(0)
    const combo = screen.getByRole('combobox', COMBO)
    await user.type(combo, 'Age Range: 45-49')
    await list.reached
    const option = await screen.findByRole('option', { name: 'Age Range: 45-49' }, { timeout: 3000 })
    // Unknown yet: no mark rather than a wrong one.
    expect(option).not.toHaveAccessibleDescription(/Mapped/)
    await user.keyboard('{ArrowDown}')
    expect(focusedOption(combo)).toBe(option)

    list.set('pass')
    await waitFor(() => expect(screen.getByRole('option', { name: 'Age Range: 45-49' })).toHaveAccessibleDescription(/Mapped/))
    expect(focusedOption(combo)).toHaveAttribute('data-key', String(option.getAttribute('data-key')))
    await user.keyboard('{Enter}')
    const editor = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    expect(within(editor).getByRole('grid', { name: 'Segments to map' })).toHaveTextContent('Age Range: 45-49')
    expect(list.requests).toBe(1)
  })

  it('Save in Edit Mapping waits for the list and refuses a duplicate picked before it arrived', async () => {
    const list = controlFullList('hold')
    const creates = recordCreates()
    const { user, table } = await renderSection(1002)
    const row = within(table).getByRole('row', { name: /Automotive: Luxury Cars/ })
    const name = within(row).getByRole('rowheader').textContent ?? ''
    const start = within(row).getAllByRole('gridcell')[3].textContent ?? ''
    const dialog = await addBySearch(user, name, name)
    expect(list.requests).toBeGreaterThan(0)
    await user.type(within(dialog).getByRole('textbox', { name: /Destination Value/ }), 'Acme Luxury Car Shoppers')
    await typeDate(user, 'Start Date', start.replace(/\//g, ''))
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('Checking the mappings this destination already has…')).toBeInTheDocument()
    expect(creates).toEqual([])

    list.set('pass')
    expect(await within(dialog).findByText('Already mapped with this value and overlapping dates.')).toBeInTheDocument()
    expect(creates).toEqual([])
    expect(screen.getByRole('dialog', { name: 'Edit Mapping' })).toBeInTheDocument()
    expect(within(dialog).getByRole('textbox', { name: /Destination Value/ })).toHaveValue('Acme Luxury Car Shoppers')
  })

  it('Edit Mapping says when the list cannot be loaded, keeps what was typed, and Retry checks and saves', async () => {
    const list = controlFullList('fail')
    const creates = recordCreates()
    const { user } = await renderSection(1002)
    const dialog = await addBySearch(user, 'Age Range: 21-24', 'Age Range: 21-24')
    const value = within(dialog).getByRole('textbox', { name: /Destination Value/ })
    await user.type(value, 'Acme Young Adults')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await marksAlert(dialog)
    expect(alert).toHaveTextContent('The mapping service is down. Nothing was saved, and everything you chose and typed is kept.')
    expect(creates).toEqual([])
    expect(value).toHaveValue('Acme Young Adults')

    list.set('pass')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('1 segment mapped to LiveRamp Friendly Names')).toBeInTheDocument()
    expect(creates).toHaveLength(1)
  })

  it('says under the controls when the list cannot be loaded, options still work, and Retry brings the marks', async () => {
    const list = controlFullList('fail')
    const { user } = await renderSection(1001)
    const combo = screen.getByRole('combobox', COMBO)
    await user.click(combo)
    const alert = await marksAlert()
    expect(alert).toHaveTextContent('The mapping service is down. The "Mapped" marks in "Search and Add Segments" are missing until it loads.')
    await user.type(combo, 'Age Range: 45-49')
    const option = await screen.findByRole('option', { name: 'Age Range: 45-49' }, { timeout: 3000 })
    expect(option).not.toHaveAccessibleDescription(/Mapped/)
    // The options work without the marks, and the typed text stays.
    expect(combo).toHaveValue('Age Range: 45-49')
    await user.clear(combo)
    await waitFor(() => expect(alert).not.toHaveAttribute('aria-hidden'))

    list.set('pass')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('heading', { name: MARKS_ALERT })).not.toBeInTheDocument())
    await user.type(combo, 'Age Range: 45-49')
    await waitFor(() => expect(screen.getByRole('option', { name: 'Age Range: 45-49' })).toHaveAccessibleDescription(/Mapped/), { timeout: 3000 })
  })
})

describe('Browse All Segments while the mapping list loads', () => {
  it('"Add Selected Segments" waits for the list; a failure keeps the selection and Retry adds', async () => {
    const list = controlFullList('hold')
    const { user, dialog, segments } = await openPicker(1001)
    await searchPicker(user, dialog, segments, 'Age Range: 18-20')
    await user.click(within(within(segments).getByRole('row', { name: /^Age Range: 18-20$/ })).getByRole('checkbox'))
    expect(within(dialog).getByText('1 selected')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Add Selected Segments' }))
    expect(await within(dialog).findByText(/^Checking which segments are already mapped… The selected segments are added then\./)).toBeInTheDocument()
    expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument()

    list.set('fail')
    const alert = await marksAlert(dialog)
    expect(alert).toHaveTextContent('Nothing was added yet; your selection is kept.')
    expect(within(dialog).getByText('1 selected')).toBeInTheDocument()
    expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument()

    list.set('pass')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const editor = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    const rows = within(within(editor).getByRole('grid', { name: 'Segments to map' })).getAllByRole('rowheader')
    expect(rows.map((r) => r.textContent)).toEqual(['Age Range: 18-20'])
  })

  it('the page checkbox pressed before the marks are known selects the page without the mapped rows once they are', async () => {
    const list = controlFullList('hold')
    const { user, dialog, segments } = await openPicker(1001)
    await searchPicker(user, dialog, segments, 'Age Range')
    // Straight from the demo database: the held list request must not answer the test either.
    const found = await fetchAllSegments({ search: 'Age Range' })
    const mappedSids = new Set([...demoDb().mappingsOf(1001)].map((m) => m.sid))
    const mapped = found.filter((s) => mappedSids.has(s.sid)).length
    expect(mapped).toBeGreaterThanOrEqual(2)
    expect(found.length).toBeLessThanOrEqual(50) // one page
    expect(within(within(segments).getByRole('row', { name: /^Age Range: 45-49/ })).queryByText('Mapped')).not.toBeInTheDocument()

    await user.click(within(segments).getByRole('checkbox', { name: 'Select All' }))
    expect(await within(dialog).findByText(/The page is selected then\./)).toBeInTheDocument()
    expect(within(dialog).getByText('0 selected')).toBeInTheDocument()

    list.set('pass')
    expect(await within(dialog).findByText(`${found.length - mapped} selected`)).toBeInTheDocument()
    const row = within(segments).getByRole('row', { name: /^Age Range: 45-49/ })
    expect(within(row).getByText('Mapped')).toBeInTheDocument()
    expect(within(row).getByRole('checkbox')).not.toBeChecked()
  })

  it('"Select all N matching" waits for the list before it skips the mapped segments', async () => {
    const list = controlFullList('hold')
    const { user, dialog, segments } = await openPicker(1001)
    await searchPicker(user, dialog, segments, 'Age Range')
    // Straight from the demo database: the held list request must not answer the test either.
    const found = await fetchAllSegments({ search: 'Age Range' })
    const mappedSids = new Set([...demoDb().mappingsOf(1001)].map((m) => m.sid))
    const mapped = found.filter((s) => mappedSids.has(s.sid)).length
    await user.click(within(dialog).getByRole('button', { name: `Select all ${found.length} matching` }))
    expect(await within(dialog).findByRole('progressbar', { name: 'Reading matching segments' })).toBeInTheDocument()
    expect(within(dialog).getByText('0 selected')).toBeInTheDocument()

    list.set('pass')
    expect(await within(dialog).findByText(
      `Added ${found.length - mapped} segments to the selection. Skipped ${mapped}: ${mapped} already mapped to this destination.`,
    )).toBeInTheDocument()
    expect(within(dialog).getByText(`${found.length - mapped} selected`)).toBeInTheDocument()
  })
})
