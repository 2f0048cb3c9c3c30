import { DialogContainer } from '@adobe/react-spectrum'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchAllMappings, fetchDestination } from '../../api/destinations'
import { bulkCreateMappings, deleteMapping, updateMapping } from '../../api/mappings'
import { fetchAllSegments, segmentQueries } from '../../api/segments'
import { FORM_DRAFT_MAX_CHARS, readFormDraft, writeFormDraft } from '../../lib/use-form-draft'
import { demoDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { USER_IDS } from '../../mocks/seed/fixtures'
import { createTestQueryClient, renderWithProviders } from '../../test/render'
import { EditMappingDialog } from './edit-mapping-dialog'
import { mappingDraftKey, mappingDraftSchema, type MappingDraft } from './mapping-draft'
import { addBySearch, renderSection } from './section-test-helpers'
import { segmentAvailability } from './segment-availability'
import { takenByBulkSelect } from './select-all-matching'

const FRIENDLY = 1002 // LiveRamp Friendly Names: manual values, 4 mappings in "typical"
const UID = USER_IDS.marketer
const NEW_KEY = mappingDraftKey(UID, FRIENDLY, null)

const stored = (key = NEW_KEY) => window.localStorage.getItem(key)

/** "Reloads the page": unmounts everything, drops the query cache, and renders the section again. */
async function reload(current: { unmount: () => void; queryClient: { clear: () => void } }) {
  current.unmount()
  current.queryClient.clear()
  return renderSection(FRIENDLY)
}

/** The section's offer of a saved draft (an alert holding "You have an unsaved mapping…"). */
async function offer() {
  const text = await screen.findByText(/You have an unsaved mapping/)
  return text.closest<HTMLElement>('[role="alert"]')!
}

/**
 * The dialog closed after a save and its toast `text` is shown (toasts are global and may still
 * show one from the previous test, so the closed dialog is what proves this save).
 */
async function saved(text: string) {
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
  expect((await screen.findAllByText(text)).length).toBeGreaterThan(0)
}

const valueField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: /Destination Value/ })

beforeEach(() => window.localStorage.clear())
afterEach(() => {
  window.localStorage.clear()
  server.events.removeAllListeners()
})

describe('Edit Mapping drafts', () => {
  it('survives a reload: offered in the section, Restore reopens the dialog with the typed value, Save clears it', async () => {
    const first = await renderSection(FRIENDLY)
    const dialog = await addBySearch(first.user, 'Age Range: 21-24', 'Age Range: 21-24')
    await first.user.type(within(dialog).getByRole('textbox', { name: /Destination Value/ }), 'Acme Young Adults')
    await waitFor(() => expect(stored()).toContain('Acme Young Adults'), { timeout: 3000 })
    // Only IDs and typed values are kept, not the segment's name.
    expect(stored()).not.toContain('Age Range')

    const { user, table } = await reload(first)
    expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument()
    const alert = await offer()
    expect(alert).toHaveTextContent('You have an unsaved mapping from just now: 1 segment.')
    await user.click(within(alert).getByRole('button', { name: 'Restore' }))

    const restored = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    expect(within(restored).getByText(/Your unsaved mapping from just now is back\./)).toBeInTheDocument()
    const rows = within(restored).getByRole('grid', { name: 'Segments to map' })
    expect(within(rows).getByRole('row', { name: /Age Range: 21-24/ })).toBeInTheDocument()
    expect(within(restored).getByRole('textbox', { name: 'Destination Value for Age Range: 21-24' })).toHaveValue('Acme Young Adults')
    await user.click(within(restored).getByRole('button', { name: 'Save' }))
    await saved('1 segment mapped to LiveRamp Friendly Names')
    expect(await within(table).findByText('Acme Young Adults')).toBeInTheDocument()
    expect(stored()).toBeNull()
    expect(screen.queryByText(/You have an unsaved mapping/)).not.toBeInTheDocument()
  })

  it('Discard deletes the draft, and it is not offered again', async () => {
    const first = await renderSection(FRIENDLY)
    const dialog = await addBySearch(first.user, 'Age Range: 25-29', 'Age Range: 25-29')
    await first.user.type(within(dialog).getByRole('textbox', { name: /Destination Value/ }), 'Acme 25-29')
    await waitFor(() => expect(stored()).toContain('Acme 25-29'), { timeout: 3000 })

    const second = await reload(first)
    const alert = await offer()
    await second.user.click(within(alert).getByRole('button', { name: 'Discard' }))
    expect(screen.queryByText(/You have an unsaved mapping/)).not.toBeInTheDocument()
    expect(stored()).toBeNull()

    await reload(second)
    expect(screen.queryByText(/You have an unsaved mapping/)).not.toBeInTheDocument()
  })

  it('is deleted on Cancel and "Discard changes", and none is kept when nothing was typed', async () => {
    const { user } = await renderSection(FRIENDLY)
    const dialog = await addBySearch(user, 'Age Range: 30-34', 'Age Range: 30-34')
    await user.type(within(dialog).getByRole('textbox', { name: /Destination Value/ }), 'Acme Thirties')
    await waitFor(() => expect(stored()).toContain('Acme Thirties'), { timeout: 3000 })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await user.click(await within(dialog).findByRole('button', { name: 'Discard changes' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    expect(stored()).toBeNull()

    const again = await addBySearch(user, 'Age Range: 30-34', 'Age Range: 30-34')
    await user.click(within(again).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    expect(stored()).toBeNull()
  })

  it('re-validates on Restore: a segment mapped meanwhile is marked and not created again, a deleted one is left out', async () => {
    const free = (await fetchAllSegments({ search: 'Age Range: 3' })).slice(0, 2)
    expect(free).toHaveLength(2)
    const today = new Date().toISOString().slice(0, 10)
    const draft: MappingDraft = {
      kind: 'value', mappingId: null, startDate: today, endDate: '', savedSids: [],
      rows: [[free[0].sid, 'Acme First'], [free[1].sid, 'Acme Second'], [987654, 'Acme Gone']],
    }
    expect(writeFormDraft(NEW_KEY, { values: draft, base: null, baseVersion: null, savedAt: Date.now() - 5 * 60_000 })).toBe(true)
    // Someone maps the first segment with the same value before the user comes back.
    await bulkCreateMappings(FRIENDLY, [{ sid: free[0].sid, startDate: today, traitAlias: 'Acme First' }])
    const creates: number[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.includes('/bulk-create')) void request.clone().json().then((b: unknown[]) => creates.push(b.length))
    })

    const { user } = await renderSection(FRIENDLY)
    const alert = await offer()
    expect(alert).toHaveTextContent('You have an unsaved mapping from 5 minutes ago: 3 segments.')
    await user.click(within(alert).getByRole('button', { name: 'Restore' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    expect(dialog).toHaveTextContent('1 segment is already mapped to this destination with these values')
    expect(dialog).toHaveTextContent('1 segment no longer exists and is left out.')
    const rows = within(dialog).getByRole('grid', { name: 'Segments to map' })
    expect(within(rows).getByRole('row', { name: free[0].name })).toHaveTextContent('Already mapped')
    expect(within(rows).getByRole('row', { name: 'Segment 987654' })).toHaveTextContent('The segment no longer exists')
    expect(within(dialog).getByRole('textbox', { name: `Destination Value for ${free[1].name}` })).toHaveValue('Acme Second')

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await saved('2 segments mapped to LiveRamp Friendly Names')
    expect(creates).toEqual([1])
    const mine = (await fetchAllMappings(FRIENDLY)).filter((m) => m.sid === free[0].sid || m.sid === free[1].sid)
    expect(mine.map((m) => m.traitAlias).sort()).toEqual(['Acme First', 'Acme Second'])
  })

  it('a new dialog under the same key says it would replace the older draft, and closing it untouched keeps that draft', async () => {
    const draft: MappingDraft = { kind: 'value', mappingId: null, startDate: '2030-01-01', endDate: '', savedSids: [], rows: [[10003, 'Acme Older']] }
    writeFormDraft(NEW_KEY, { values: draft, base: null, baseVersion: null, savedAt: Date.now() - 2 * 3600_000 })
    const { user } = await renderSection(FRIENDLY)
    expect(await offer()).toHaveTextContent('You have an unsaved mapping from 2 hours ago: 1 segment.')
    const dialog = await addBySearch(user, 'Age Range: 25-29', 'Age Range: 25-29')
    expect(dialog).toHaveTextContent('Your unsaved mapping from 2 hours ago (1 segment) is kept until you type here')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    expect(stored()).toContain('Acme Older')
    expect(await offer()).toHaveTextContent('1 segment.')
  })

  it('a failed re-read on Restore says why next to the buttons and keeps the draft', async () => {
    const draft: MappingDraft = { kind: 'value', mappingId: null, startDate: '2030-01-01', endDate: '', savedSids: [], rows: [[10003, 'Acme Kept']] }
    writeFormDraft(NEW_KEY, { values: draft, base: null, baseVersion: null, savedAt: Date.now() })
    server.use(http.get('*/v1/segments/:sid', () => HttpResponse.json({ code: 'SERVER_ERROR', message: 'The segment service is down.' }, { status: 500 })))
    const { user } = await renderSection(FRIENDLY)
    const alert = await offer()
    await user.click(within(alert).getByRole('button', { name: 'Restore' }))
    expect(await within(alert).findByText(/Could not restore the draft: The segment service is down\..*The draft is kept; select Restore to try again\./)).toBeInTheDocument()
    expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument()
    expect(stored()).toContain('Acme Kept')

    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Restore' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    expect(within(dialog).getByRole('textbox', { name: 'Destination Value for Age Range: 21-24' })).toHaveValue('Acme Kept')
  })

  it('keeps a 1,000-row draft (IDs and typed values only) under the size limit', async () => {
    const destination = await fetchDestination(FRIENDLY)
    const queryClient = createTestQueryClient()
    const [segments, mappings, dataSources] = await Promise.all([
      fetchAllSegments({}), fetchAllMappings(FRIENDLY), queryClient.fetchQuery(segmentQueries.dataSources()),
    ])
    const mapped = new Set(mappings.map((m) => m.sid))
    const byId = new Map(dataSources.map((d) => [d.dataSourceId, d]))
    const free = segments.filter((s) => takenByBulkSelect(segmentAvailability(s, destination, byId, mapped))).slice(0, 1000)
    expect(free).toHaveLength(1000)
    // A typical friendly value on every row (about 30 characters).
    const typed: MappingDraft = {
      kind: 'value', mappingId: null, startDate: new Date().toISOString().slice(0, 10), endDate: '', savedSids: [],
      rows: free.map((s, i): [number, string] => [s.sid, `Acme Audience ${String(i).padStart(4, '0')} - Friendly`]),
    }
    const onClose = vi.fn()
    const user = userEvent.setup()
    renderWithProviders(
      <DialogContainer onDismiss={onClose}>
        <EditMappingDialog destination={destination} target={{ kind: 'create', segments: free }} onClose={onClose}
          draftKey={NEW_KEY} restored={{ draft: { values: typed, base: null, baseVersion: null, savedAt: Date.now() }, missingSids: [], mappings, mappingRemoved: false }} />
      </DialogContainer>,
      queryClient,
    )
    const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    const first = within(dialog).getByRole('textbox', { name: `Destination Value for ${free[0].name}` })
    expect(first).toHaveValue('Acme Audience 0000 - Friendly')
    await user.type(first, '!')
    await waitFor(() => expect(stored()).toContain('Acme Audience 0000 - Friendly!'), { timeout: 3000 })
    const text = stored() ?? ''
    expect(text.length).toBeLessThan(FORM_DRAFT_MAX_CHARS)
    const back = readFormDraft(NEW_KEY, mappingDraftSchema)
    expect(back?.values.rows).toHaveLength(1000)
    expect(back?.values.rows[999]).toEqual([free[999].sid, 'Acme Audience 0999 - Friendly'])
    // No segment names in the draft (they are re-read on Restore).
    expect(free.slice(0, 50).some((s) => text.includes(JSON.stringify(s.name)))).toBe(false)
  })
})

/** Opens "Edit Mapping" on the seeded mapping "Acme Luxury Car Shoppers" of 1002 and types a new value. */
async function editLuxuryCars() {
  const mapping = demoDb().mappingsOf(FRIENDLY).find((m) => m.traitAlias === 'Acme Luxury Car Shoppers')!
  const utils = await renderSection(FRIENDLY)
  const row = within(utils.table).getByRole('row', { name: /Automotive: Luxury Cars/ })
  await utils.user.click(within(row).getByRole('button', { name: /^Edit mapping for/ }))
  const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
  const value = within(dialog).getByRole('textbox', { name: /Destination Value/ })
  await utils.user.clear(value)
  await utils.user.type(value, 'Acme Premium Drivers')
  return { ...utils, mapping, dialog, value }
}

/** Someone else saves the mapping meanwhile: a new value and an end date. */
async function theyChange(mapping: { mappingId: number; sid: number; startDate?: string | null; updateTime?: number }) {
  return updateMapping(mapping.mappingId, {
    sid: mapping.sid, startDate: mapping.startDate!, endDate: '2099-12-31', traitAlias: 'Acme Luxury Buyers', updateTime: mapping.updateTime,
  })
}

describe('Edit Mapping: stale update', () => {
  it('reviews their version side by side; "Keep my changes on top of theirs" keeps my value and their end date, then saves', async () => {
    const { user, dialog, mapping } = await editLuxuryCars()
    await theyChange(mapping)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const review = await within(dialog).findByRole('table', { name: 'Changed since you opened it' })
    expect(dialog).toHaveTextContent('Someone else changed this mapping')
    const valueRow = within(review).getByRole('row', { name: /^Destination Value/ })
    expect(valueRow).toHaveTextContent('Acme Luxury Buyers')
    expect(valueRow).toHaveTextContent('Acme Premium Drivers')
    expect(valueRow).toHaveTextContent('You changed this too.')
    const endRow = within(review).getByRole('row', { name: /^End Date/ })
    expect(endRow).toHaveTextContent('12/31/2099')
    expect(endRow).toHaveTextContent('You did not change this.')
    expect(within(review).queryByRole('row', { name: /^Start Date/ })).not.toBeInTheDocument()
    // Nothing was saved over theirs.
    expect(demoDb().mappings.get(mapping.mappingId)!.traitAlias).toBe('Acme Luxury Buyers')

    await user.click(within(dialog).getByRole('button', { name: 'Keep my changes on top of theirs' }))
    expect(within(dialog).queryByRole('table', { name: 'Changed since you opened it' })).not.toBeInTheDocument()
    expect(within(dialog).getByText('Not saved yet')).toBeInTheDocument()
    expect(valueField(dialog)).toHaveValue('Acme Premium Drivers')
    const [month, day, year] = within(within(dialog).getByRole('group', { name: /^End Date/ })).getAllByRole('spinbutton')
    expect([month, day, year].map((s) => s.getAttribute('aria-valuenow'))).toEqual(['12', '31', '2099'])
    expect(demoDb().mappings.get(mapping.mappingId)!.traitAlias).toBe('Acme Luxury Buyers')

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await saved('Mapping for Automotive: Luxury Cars updated')
    expect(demoDb().mappings.get(mapping.mappingId)).toMatchObject({ traitAlias: 'Acme Premium Drivers', endDate: '2099-12-31' })
  })

  it('"Take their version" loads theirs, drops my change and its draft, and closes without asking', async () => {
    const { user, dialog, mapping } = await editLuxuryCars()
    const key = mappingDraftKey(UID, FRIENDLY, mapping.mappingId)
    await waitFor(() => expect(stored(key)).toContain('Acme Premium Drivers'), { timeout: 3000 })
    await theyChange(mapping)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await user.click(await within(dialog).findByRole('button', { name: 'Take their version' }))
    expect(valueField(dialog)).toHaveValue('Acme Luxury Buyers')
    expect(within(dialog).getByText('Their version is loaded')).toBeInTheDocument()
    expect(stored(key)).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Mapping' })).not.toBeInTheDocument())
    expect(demoDb().mappings.get(mapping.mappingId)).toMatchObject({ traitAlias: 'Acme Luxury Buyers', endDate: '2099-12-31' })
  })

  it('shows the review for a 409 answered by the server override too', async () => {
    server.use(http.put('*/v1/destinations/mappings/:id', () => HttpResponse.json({
      code: 'STALE_UPDATE', message: 'Changed by someone else.',
      current: { mappingId: 1, sid: 1, traitAlias: 'Their Value', startDate: '2020-01-01', updateTime: Date.now() },
    }, { status: 409 })))
    const { user, dialog } = await editLuxuryCars()
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const review = await within(dialog).findByRole('table', { name: 'Changed since you opened it' })
    expect(within(review).getByRole('row', { name: /^Destination Value/ })).toHaveTextContent('Their Value')
    expect(within(review).getByRole('row', { name: /^Start Date/ })).toHaveTextContent('01/01/2020')
  })

  it('a mapping removed meanwhile says so and is added again as a new mapping with the typed value', async () => {
    const { user, dialog, value, mapping, table } = await editLuxuryCars()
    await deleteMapping(FRIENDLY, mapping.mappingId)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByText('This mapping was removed')).toBeInTheDocument()
    expect(value).toHaveValue('Acme Premium Drivers')
    await user.click(within(dialog).getByRole('button', { name: 'Add as a new mapping' }))
    expect(within(dialog).getByText(/Select Save to add Automotive: Luxury Cars to LiveRamp Friendly Names again/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await saved('1 segment mapped to LiveRamp Friendly Names')
    expect(await within(table).findByText('Acme Premium Drivers')).toBeInTheDocument()
    const now = demoDb().mappingsOf(FRIENDLY).filter((m) => m.sid === mapping.sid)
    expect(now.map((m) => m.traitAlias)).toEqual(['Acme Premium Drivers'])
    expect(now[0].mappingId).not.toBe(mapping.mappingId)
  })

  it('a draft made on an older version of the mapping opens with the review after a reload', async () => {
    const first = await editLuxuryCars()
    const key = mappingDraftKey(UID, FRIENDLY, first.mapping.mappingId)
    await waitFor(() => expect(stored(key)).toContain('Acme Premium Drivers'), { timeout: 3000 })
    const second = await reload(first)
    await theyChange(first.mapping)
    const alert = await offer()
    expect(alert).toHaveTextContent('It changes the existing mapping of Automotive: Luxury Cars.')
    await second.user.click(within(alert).getByRole('button', { name: 'Restore' }))
    const dialog = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    expect(within(dialog).getByText('This mapping changed after your draft')).toBeInTheDocument()
    expect(valueField(dialog)).toHaveValue('Acme Premium Drivers')
    await second.user.click(within(dialog).getByRole('button', { name: 'Keep my changes on top of theirs' }))
    await second.user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await saved('Mapping for Automotive: Luxury Cars updated')
    expect(demoDb().mappings.get(first.mapping.mappingId)).toMatchObject({ traitAlias: 'Acme Premium Drivers', endDate: '2099-12-31' })
    expect(stored(key)).toBeNull()
  })
})
