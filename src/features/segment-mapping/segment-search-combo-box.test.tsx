import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { useCallback, useSyncExternalStore } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { fetchDestination } from '../../api/destinations'
import { setAccessToken } from '../../api/http'
import type { Segment } from '../../api/schemas'
import { server } from '../../mocks/node'
import { renderWithProviders } from '../../test/render'
import { SegmentSearchComboBox } from './segment-search-combo-box'
import type { SegmentAvailability } from './segment-availability'
import { SegmentMappingsSection } from './segment-mappings-section'

const COMBO = { name: /Search and Add Segments/ }

/** What the harness's `availability` says: segments shown as "Mapped", segments blocked. */
interface Marks { mapped?: number[]; blocked?: number[] }

/** A tiny store the test writes and the harness reads (`useSyncExternalStore`). */
function createMarks() {
  let marks: Marks = {}
  const listeners = new Set<() => void>()
  return {
    get: () => marks,
    set: (next: Marks) => act(() => { marks = next; listeners.forEach((l) => l()) }),
    subscribe: (listener: () => void) => { listeners.add(listener); return () => { listeners.delete(listener) } },
  }
}

/** The combobox with an `availability` the test can change (a new function each time), as the section does when mappings arrive. */
function Harness({ marksStore, onPick }: { marksStore: ReturnType<typeof createMarks>; onPick: (segment: Segment) => void }) {
  const marks = useSyncExternalStore(marksStore.subscribe, marksStore.get)
  const availability = useCallback(
    (s: Segment): SegmentAvailability => ({
      mapped: marks.mapped?.includes(s.sid) ?? false,
      blockedReason: marks.blocked?.includes(s.sid) ? 'Test block.' : null,
      refusedReason: null,
    }),
    [marks],
  )
  return <SegmentSearchComboBox availability={availability} onPick={onPick} />
}

function renderHarness() {
  const onPick = vi.fn<(segment: Segment) => void>()
  const marks = createMarks()
  const user = userEvent.setup()
  const utils = renderWithProviders(<Harness marksStore={marks} onPick={onPick} />)
  return { ...utils, marks, onPick, user, combo: screen.getByRole('combobox', COMBO) }
}

/** Holds `GET /v1/segments/?search={text}` until `release()`; `reached` resolves when it arrives. */
function holdSearch(text: string) {
  let release: () => void = () => {}
  let arrived: () => void = () => {}
  const gate = new Promise<void>((resolve) => { release = resolve })
  const reached = new Promise<void>((resolve) => { arrived = resolve })
  server.use(
    http.get('*/v1/segments/', async ({ request }) => {
      if (new URL(request.url).searchParams.get('search') !== text) return undefined
      arrived()
      await gate
      return undefined // on to the demo backend
    }),
  )
  return { release, reached }
}

/** The segment options on screen (Spectrum's "Loading..." / "No results" row is an option without a key). */
function segmentOptions() {
  return screen.queryAllByRole('option').filter((o) => o.hasAttribute('data-key'))
}

/** The option the combobox's virtual focus is on (aria-activedescendant), or null. */
function focusedOption(combo: HTMLElement) {
  const id = combo.getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

describe('SegmentSearchComboBox', () => {
  it('never shows the options of an earlier text while the search for the typed text loads', async () => {
    const { user, combo, onPick } = renderHarness()
    await user.type(combo, 'Age Range')
    await screen.findByRole('option', { name: 'Age Range: 18-20' }, { timeout: 3000 })

    const held = holdSearch('Age Range: 21')
    await user.type(combo, ': 21')
    await held.reached
    // The answer for "Age Range" (18-20 first) is gone; the list says it is loading.
    expect(segmentOptions()).toEqual([])
    expect(within(screen.getByRole('listbox')).getByText('Loading...')).toBeInTheDocument()
    // ArrowDown + Enter now must not pick a segment of the earlier answer.
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onPick).not.toHaveBeenCalled()
    expect(combo).toHaveValue('Age Range: 21')

    held.release()
    const option = await screen.findByRole('option', { name: 'Age Range: 21-24' }, { timeout: 3000 })
    // Only answers for "Age Range: 21" (21-24 and its variants), 21-24 first.
    expect(segmentOptions()[0]).toBe(option)
    for (const o of segmentOptions()) expect(o).toHaveAccessibleName(/^Age Range: 21-24/)
    await user.keyboard('{ArrowDown}')
    expect(focusedOption(combo)).toBe(option)
    await user.keyboard('{Enter}')
    expect(onPick).toHaveBeenCalledTimes(1)
    expect(onPick.mock.calls[0][0]).toMatchObject({ sid: 10003, name: 'Age Range: 21-24' })
    expect(combo).toHaveValue('')
  })

  it('keeps the focused option focused when the list refreshes with it, and Enter picks it', async () => {
    const { user, combo, onPick, queryClient, marks } = renderHarness()
    await user.type(combo, 'Age Range: 18')
    const option = await screen.findByRole('option', { name: 'Age Range: 18-20' }, { timeout: 3000 })
    await user.keyboard('{ArrowDown}')
    expect(focusedOption(combo)).toBe(option)

    // The mapped segments arrive (new `availability`) and the same search is answered again.
    marks.set({ mapped: [10001] })
    await act(() => queryClient.invalidateQueries({ queryKey: ['segments'] }))
    await waitFor(() => expect(screen.getByRole('option', { name: 'Age Range: 18-20' })).toHaveAccessibleDescription(/Mapped/))
    expect(focusedOption(combo)).toHaveAttribute('data-key', '10001')

    await user.keyboard('{Enter}')
    expect(onPick).toHaveBeenCalledTimes(1)
    expect(onPick.mock.calls[0][0]).toMatchObject({ sid: 10001 })
  })

  it('does not pick an option that became blocked after the user moved to it', async () => {
    const { user, combo, onPick, marks } = renderHarness()
    await user.type(combo, 'Age Range: 18')
    await screen.findByRole('option', { name: 'Age Range: 18-20' }, { timeout: 3000 })
    await user.keyboard('{ArrowDown}')
    marks.set({ blocked: [10001] })
    await waitFor(() => expect(screen.getByRole('option', { name: 'Age Range: 18-20' })).toHaveAttribute('aria-disabled', 'true'))
    await user.keyboard('{Enter}')
    expect(onPick).not.toHaveBeenCalled()
    expect(screen.getByRole('option', { name: 'Age Range: 18-20' })).toHaveAccessibleDescription(/Blocked: Test block\./)
  })

  it('says when the search fails, next to the box, and keeps the typed text', async () => {
    server.use(http.get('*/v1/segments/', () => HttpResponse.json({ code: 'INTERNAL', message: 'Database unavailable.' }, { status: 500 })))
    const { user, combo, onPick } = renderHarness()
    await user.type(combo, 'Age Range')
    await waitFor(() => expect(combo).toHaveAccessibleDescription(/Could not search segments: Database unavailable\./), { timeout: 3000 })
    expect(combo).toHaveAttribute('aria-invalid', 'true')
    expect(combo).toHaveValue('Age Range')
    expect(segmentOptions()).toEqual([])
    expect(onPick).not.toHaveBeenCalled()
  })

  it('does not send an over-long text: the box keeps it, says so and offers nothing until it fits again', async () => {
    const sent: string[] = []
    server.use(http.get('*/v1/segments/', ({ request }) => {
      sent.push(new URL(request.url).searchParams.get('search') ?? '')
      return undefined // on to the demo backend
    }))
    const { user, combo, onPick } = renderHarness()
    await user.type(combo, 'Age Range')
    await screen.findByRole('option', { name: 'Age Range: 18-20' }, { timeout: 3000 })
    await user.paste('x'.repeat(1000))

    await waitFor(() => expect(combo).toHaveAccessibleDescription(/Use at most 1,000 characters to search \(this text has 1,009\)\./))
    expect(combo).toHaveAttribute('aria-invalid', 'true')
    expect(combo).toHaveValue(`Age Range${'x'.repeat(1000)}`)
    // No options of an earlier text under a text they do not match: nothing to pick.
    expect(segmentOptions()).toEqual([])
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onPick).not.toHaveBeenCalled()

    // Back under the limit, the search goes out again.
    await user.clear(combo)
    await user.type(combo, 'Age Range: 21')
    await screen.findByRole('option', { name: 'Age Range: 21-24' }, { timeout: 3000 })
    expect(combo).not.toHaveAttribute('aria-invalid')
    expect(sent).toContain('Age Range: 21')
    expect(sent.filter((search) => search.length > 1000)).toEqual([])
  })

  it('for a viewer, is disabled and described by the section\'s visible reason, not by greyed-out help text', async () => {
    setAccessToken('demo-viewer')
    await renderSectionWithoutWaiting(1002)
    const reason = await screen.findByText(/^Adding, editing and removing mappings is disabled: .*MAP_ALL_TO_DESTINATIONS/, {}, { timeout: 3000 })
    const combo = screen.getByRole('combobox', COMBO)
    expect(combo).toBeDisabled()
    // Only the reason describes the box: a disabled field's own description is drawn below readable contrast.
    const describedBy = (combo.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    expect(describedBy.map((id) => document.getElementById(id))).toEqual([reason])
    expect(combo).toHaveAccessibleDescription(reason.textContent ?? '')
    expect(screen.getAllByText(/MAP_ALL_TO_DESTINATIONS/)).toEqual([reason])
  })

  it('opens Edit Mapping with ArrowDown + Enter as soon as the options appear, while the section still loads', async () => {
    const { user } = await renderSectionWithoutWaiting(1002)
    const combo = screen.getByRole('combobox', COMBO)
    // Enabled once the signed-in user is known; the mapping table and the mapped segments still load.
    await waitFor(() => expect(combo).toBeEnabled())
    await user.type(combo, 'Age Range: 21')
    await screen.findByRole('option', { name: 'Age Range: 21-24' }, { timeout: 3000 })
    await user.keyboard('{ArrowDown}{Enter}')
    const editor = await screen.findByRole('dialog', { name: 'Edit Mapping' })
    expect(within(editor).getByRole('textbox', { name: 'Destination Value for Age Range: 21-24' })).toBeInTheDocument()
  })
})

/** Renders the section of destination `id` and returns at once (nothing on it has loaded yet). */
async function renderSectionWithoutWaiting(id: number) {
  const destination = await fetchDestination(id)
  const user = userEvent.setup()
  renderWithProviders(<SegmentMappingsSection destination={destination} />)
  return { user, destination }
}
