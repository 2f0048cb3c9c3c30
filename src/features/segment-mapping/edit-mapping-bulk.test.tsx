import { DialogContainer } from '@adobe/react-spectrum'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchAllMappings, fetchDestination } from '../../api/destinations'
import type { Segment } from '../../api/schemas'
import { fetchAllSegments, segmentQueries } from '../../api/segments'
import { server } from '../../mocks/node'
import { createTestQueryClient, renderWithProviders } from '../../test/render'
import { EditMappingDialog } from './edit-mapping-dialog'
import { segmentAvailability } from './segment-availability'
import { takenByBulkSelect } from './select-all-matching'

const DESTINATION = 1001 // LiveRamp Acme Retail: auto-fills the segment ID, 150 mappings in "typical"

/** Every `bulk-create` request the demo backend receives: how many mappings each carried. */
function recordBulkCreates() {
  const sizes: number[] = []
  const reads: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.includes('/bulk-create')) {
      void request.clone().json().then((body: unknown[]) => sizes.push(body.length))
    }
    if (request.method === 'GET' && /\/destinations\/\d+\/mappings\/?(\?|$)/.test(request.url)) reads.push(request.url)
  })
  return { sizes, reads }
}

afterEach(() => server.events.removeAllListeners())

const total = (counts: Map<number, number>) => [...counts.values()].reduce((a, b) => a + b, 0)

/** `n` segments that destination 1001 can take (not mapped, not blocked), and the destination. */
async function freeSegments(n: number) {
  const queryClient = createTestQueryClient()
  const destination = await fetchDestination(DESTINATION)
  const [segments, mappings, dataSources] = await Promise.all([
    fetchAllSegments({}),
    fetchAllMappings(DESTINATION),
    queryClient.fetchQuery(segmentQueries.dataSources()),
  ])
  const mapped = new Set(mappings.map((m) => m.sid))
  const byId = new Map(dataSources.map((d) => [d.dataSourceId, d]))
  const free = segments.filter((s) => takenByBulkSelect(segmentAvailability(s, destination, byId, mapped))).slice(0, n)
  expect(free).toHaveLength(n)
  return { destination, segments: free, queryClient, before: mappings.length }
}

async function openDialog(n: number) {
  const { destination, segments, queryClient, before } = await freeSegments(n)
  const onClose = vi.fn()
  const user = userEvent.setup()
  renderWithProviders(
    <DialogContainer onDismiss={onClose}>
      <EditMappingDialog destination={destination} target={{ kind: 'create', segments }} onClose={onClose} />
    </DialogContainer>,
    queryClient,
  )
  const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
  const rows = within(dialog).getByRole('grid', { name: 'Segments to map' })
  return { user, dialog, rows, onClose, segments, before }
}

/** Sids mapped to 1001 on the demo backend, with how often each occurs. */
async function mappedCounts() {
  const counts = new Map<number, number>()
  for (const m of await fetchAllMappings(DESTINATION)) counts.set(m.sid, (counts.get(m.sid) ?? 0) + 1)
  return counts
}

/** Fails the `n`-th bulk-create request (1-based) with `respond`; the others reach the demo backend. */
function failBulkCreate(n: number, respond: (request: Request) => Promise<Response> | Response) {
  let calls = 0
  server.use(
    http.post('*/v1/destinations/:id/bulk-create', ({ request }) => {
      calls++
      return calls === n ? respond(request) : undefined
    }),
  )
}

describe('Edit Mapping with 1,000 segments', () => {
  it('opens with one virtualized row per segment and dates once for all, and saves in one request per 500', async () => {
    const records = recordBulkCreates()
    const { user, dialog, rows, onClose, segments, before } = await openDialog(1000)
    expect(rows).toHaveAttribute('aria-rowcount', '1001')
    // Only a window of rows is in the DOM, not 1,000 sets of fields.
    expect(within(rows).getAllByRole('row').length).toBeLessThan(100)
    expect(screen.getAllByRole('group', { name: /^Start Date/ })).toHaveLength(1)
    expect(within(dialog).getByText(/Applies to all 1,000 rows/)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('1,000 segments mapped to LiveRamp Acme Retail', {}, { timeout: 15_000 })).toBeInTheDocument()
    expect(onClose).toHaveBeenCalled()
    await waitFor(() => expect(records.sizes).toEqual([500, 500]))
    const counts = await mappedCounts()
    expect(total(counts)).toBe(before + 1000)
    for (const s of segments) expect(counts.get(s.sid)).toBe(1)
  })

  it('after a failed second request, says what was saved and what was not, and Save sends only the missing ones', async () => {
    failBulkCreate(2, () => HttpResponse.json({ code: 'SERVER_ERROR', message: 'The mapping service is down.' }, { status: 500 }))
    const records = recordBulkCreates()
    const { user, dialog, onClose, segments, before } = await openDialog(1000)

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15_000 })
    expect(within(alert).getByRole('heading')).toHaveTextContent('Saved 500 segments of 1,000')
    expect(alert).toHaveTextContent('500 segments could not be saved: The mapping service is down.')
    expect(alert).toHaveTextContent('select Save again')
    const notSaved = within(alert).getByRole('list', { name: 'Not saved (500)' })
    const saved = within(alert).getByRole('list', { name: 'Saved (500)' })
    expect(within(notSaved).getAllByRole('listitem').map((li) => li.textContent)).toEqual(segments.slice(500).map((s) => s.name))
    expect(within(saved).getAllByRole('listitem').map((li) => li.textContent)).toEqual(segments.slice(0, 500).map((s) => s.name))
    expect(within(dialog).getByText('500 segments saved, 500 not saved yet.')).toBeInTheDocument()
    expect(onClose).not.toHaveBeenCalled()
    expect(total(await mappedCounts())).toBe(before + 500)

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('1,000 segments mapped to LiveRamp Acme Retail', {}, { timeout: 15_000 })).toBeInTheDocument()
    await waitFor(() => expect(records.sizes).toEqual([500, 500, 500]))
    const counts = await mappedCounts()
    expect(total(counts)).toBe(before + 1000)
    for (const s of segments) expect(counts.get(s.sid)).toBe(1)
  })

  it('after a lost answer (the server did create them), re-reads the destination and creates nothing twice', async () => {
    // The second request reaches the backend, which creates its 500 mappings, but the answer never arrives.
    failBulkCreate(2, async (request) => {
      await fetch(request.url, { method: 'POST', headers: request.headers, body: await request.text() })
      return HttpResponse.error()
    })
    const records = recordBulkCreates()
    const { user, dialog, segments, before } = await openDialog(1000)

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15_000 })
    expect(alert).toHaveTextContent('Could not reach the server.')
    expect(alert).toHaveTextContent('checks which segments the server already saved')
    const readsBefore = records.reads.length

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('1,000 segments mapped to LiveRamp Acme Retail', {}, { timeout: 15_000 })).toBeInTheDocument()
    // One fresh read of the destination's mappings, and no further bulk-create.
    expect(records.reads.length).toBe(readsBefore + 1)
    expect(records.sizes).toHaveLength(3) // 500, the lost 500, and the test's own pass-through of it
    const counts = await mappedCounts()
    expect(total(counts)).toBe(before + 1000)
    for (const s of segments) expect(counts.get(s.sid)).toBe(1)
  })

  it('puts server details of a later request on the right row and lists them with a link to the row', async () => {
    failBulkCreate(2, () =>
      HttpResponse.json(
        { code: 'VALIDATION_FAILED', message: 'Invalid request: body.3.traitAlias: Rejected by the partner.', details: [{ field: 'body.3.traitAlias', message: 'Rejected by the partner.' }] },
        { status: 400 },
      ))
    const { user, dialog, rows, segments } = await openDialog(1000)
    const target: Segment = segments[503]
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15_000 })
    expect(alert).toHaveTextContent('Fix the rows marked in the list')
    const problems = within(dialog).getByRole('list', { name: 'Rows with problems' })
    const link = within(problems).getByText(`${target.name} (Segment ID ${target.sid}): Rejected by the partner.`)
    // Row 504 is far below the visible window until the link brings it into view and focuses it.
    expect(within(rows).queryByRole('row', { name: target.name })).not.toBeInTheDocument()
    await user.click(link)
    const row = await within(rows).findByRole('row', { name: target.name })
    expect(row).toHaveTextContent('Rejected by the partner.')
    await waitFor(() => expect(row.contains(document.activeElement)).toBe(true))
  })
})
