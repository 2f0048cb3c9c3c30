import { defaultTheme, Provider, ToastContainer, ToastQueue } from '@adobe/react-spectrum'
import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchAllMappings } from '../../api/destinations'
import { deleteMapping } from '../../api/mappings'
import type { Mapping } from '../../api/schemas'
import { demoDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { createTestQueryClient } from '../../test/render'
import { recreateMappingBody, UNDO_REMOVE_MS, useUndoRemoveMapping } from './use-undo-remove-mapping'
import { renderSection } from './section-test-helpers'

const DESTINATION = { destinationId: 1002, name: 'LiveRamp Friendly Names' }

function wrapper({ children }: { children: ReactNode }) {
  return (
    <Provider theme={defaultTheme} locale="en-US">
      <QueryClientProvider client={createTestQueryClient()}>
        {children}
        <ToastContainer />
      </QueryClientProvider>
    </Provider>
  )
}

/** Gives the first mapping of 1002 fixed dates, removes it on the server and returns it as it was. */
async function removeDatedMapping(): Promise<Mapping> {
  const record = demoDb().mappingsOf(1002)[0]
  demoDb().putMapping({ ...record, startDate: '2025-01-15', endDate: '2031-06-30' })
  const mapping = (await fetchAllMappings(1002)).find((m) => m.mappingId === record.mappingId)!
  await deleteMapping(1002, mapping.mappingId)
  return mapping
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('recreateMappingBody', () => {
  it('keeps sid, dates and the mapping values; a missing start day becomes today', () => {
    const base = { mappingId: 9, sid: 10001, traitType: 'SEGMENT', elementStatus: 'active' as const }
    expect(recreateMappingBody({ ...base, traitAlias: 'Fans', startDate: '2025-01-15', endDate: '2031-06-30', url: null })).toEqual({
      sid: 10001, traitType: 'SEGMENT', traitAlias: 'Fans', startDate: '2025-01-15', endDate: '2031-06-30',
    })
    expect(recreateMappingBody({ ...base, valueAlias: 'v', url: 'http://x.example/a', secureUrl: 'https://x.example/a', priority: 3 }, '2026-03-15')).toEqual({
      sid: 10001, traitType: 'SEGMENT', startDate: '2026-03-15', endDate: null, valueAlias: 'v', url: 'http://x.example/a', secureUrl: 'https://x.example/a', priority: 3,
    })
  })
})

describe('useUndoRemoveMapping', () => {
  it('"Undo" re-creates the removed mapping with the same segment, value and dates, and says so', async () => {
    const mapping = await removeDatedMapping()
    const user = userEvent.setup()
    const { result } = renderHook(() => useUndoRemoveMapping(DESTINATION), { wrapper })
    result.current(mapping)
    const toast = (await screen.findByText(`Removed ${mapping.elementName} from LiveRamp Friendly Names`)).closest('[role="alertdialog"]') as HTMLElement
    await user.click(within(toast).getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText(`Undone: ${mapping.elementName} is mapped to LiveRamp Friendly Names again, with the same mapping value and dates.`)).toBeInTheDocument()
    const back = demoDb().mappingsOf(1002).filter((m) => m.sid === mapping.sid)
    expect(back).toHaveLength(1)
    expect(back[0]).toMatchObject({ traitAlias: mapping.traitAlias, startDate: '2025-01-15', endDate: '2031-06-30' })
  })

  it('a failed undo says why and that the mapping is still removed', async () => {
    const mapping = await removeDatedMapping()
    server.use(http.post('*/v1/destinations/1002/bulk-create', () =>
      HttpResponse.json({ code: 'VALIDATION_FAILED', message: 'Invalid request.', details: [{ field: '0.sid', message: `Segment ${mapping.sid} does not exist.` }] }, { status: 400 })))
    const user = userEvent.setup()
    const { result } = renderHook(() => useUndoRemoveMapping(DESTINATION), { wrapper })
    result.current(mapping)
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(await screen.findByText(`Could not undo: Segment ${mapping.sid} does not exist. ${mapping.elementName} is still removed from LiveRamp Friendly Names.`)).toBeInTheDocument()
    expect(demoDb().mappingsOf(1002).some((m) => m.sid === mapping.sid)).toBe(false)
  })

  it('offers "Undo" for 10 seconds, then closes the toast (Spectrum never closes a toast with an action)', () => {
    vi.useFakeTimers()
    const close = vi.fn()
    const positive = vi.spyOn(ToastQueue, 'positive').mockReturnValue(close)
    const { result } = renderHook(() => useUndoRemoveMapping(DESTINATION), { wrapper })
    result.current({ mappingId: 1, sid: 10001, traitType: 'SEGMENT', elementStatus: 'active', elementName: 'Fans' })
    expect(positive).toHaveBeenCalledWith('Removed Fans from LiveRamp Friendly Names', expect.objectContaining({ actionLabel: 'Undo', shouldCloseOnAction: true }))
    vi.advanceTimersByTime(UNDO_REMOVE_MS - 1)
    expect(close).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(close).toHaveBeenCalledTimes(1)
  })
})

describe('removing a mapping in the section', () => {
  it('the dialog mentions undo; "Undo" in the toast brings the row back', async () => {
    const { user, table } = await renderSection(1002)
    const record = demoDb().mappingsOf(1002)[0]
    const name = demoDb().segments.get(record.sid)!.name
    await user.click(within(table).getByRole('button', { name: `Remove mapping for ${name}` }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove mapping' })
    expect(dialog).toHaveTextContent('You can undo this for 10 seconds after removing.')
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))
    await waitFor(() => expect(within(table).queryByRole('rowheader', { name: new RegExp(name) })).not.toBeInTheDocument())
    const toast = (await screen.findByText(`Removed ${name} from LiveRamp Friendly Names`)).closest('[role="alertdialog"]') as HTMLElement
    await user.click(within(toast).getByRole('button', { name: 'Undo' }))
    expect(await within(table).findByRole('rowheader', { name: new RegExp(name) })).toBeInTheDocument()
    expect(demoDb().mappingsOf(1002).find((m) => m.sid === record.sid)).toMatchObject({ traitAlias: record.traitAlias, startDate: record.startDate, endDate: record.endDate })
  })
})
