import { defaultTheme, Provider } from '@adobe/react-spectrum'
import { render, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { DataSource, Segment } from '../../api/schemas'
import type { SegmentAvailability } from './segment-availability'
import { SegmentPickerTable } from './segment-picker-table'

const segment = (sid: number, name: string): Segment => ({
  sid, pid: 1234, name, description: '', integrationCode: `code_${sid}`, folderId: 1, dataSourceId: 1100, mergeRuleDataSourceId: 1105,
  segmentRule: `${sid}T`, status: 'ACTIVE', createTime: 0, updateTime: 0, crUID: 1, upUID: 1, traitDataSourceIds: [1100], totalUniques30Day: 1000,
})
const WEB = new Map<number, DataSource>([[1100, { dataSourceId: 1100, name: 'Acme Web Analytics' } as DataSource]])
/** Renders (or renders again, keeping the table mounted) inside Spectrum's Provider. */
const inProvider = (ui: ReactElement) => <Provider theme={defaultTheme} locale="en-US">{ui}</Provider>
const OPEN: SegmentAvailability = { mapped: false, blockedReason: null, refusedReason: null }

describe('SegmentPickerTable', () => {
  it('checks availability again only for segments that are new or changed in the next answer', () => {
    const availability = vi.fn<(segment: Segment) => SegmentAvailability>(() => OPEN)
    const props = { isLoading: false, availability, dataSourcesById: WEB, pickedSids: new Set<number>(), onPickChange: () => {}, onPickPageLater: () => {} }
    const { rerender } = render(inProvider(<SegmentPickerTable {...props} segments={[segment(1, 'Autos'), segment(2, 'Auto Parts')]} />))
    expect(availability).toHaveBeenCalledTimes(2)

    // The next search answers with copies: segment 2 unchanged, segment 3 new, segment 1 renamed.
    availability.mockClear()
    const renamed = { ...segment(1, 'Autos and Vehicles') }
    rerender(inProvider(<SegmentPickerTable {...props} segments={[segment(2, 'Auto Parts'), segment(3, 'Auto Shows'), renamed]} />))
    expect(availability.mock.calls.map(([s]) => s.sid).sort()).toEqual([1, 3])
    const grid = screen.getByRole('grid', { name: 'Segments' })
    expect(within(grid).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Auto Parts', 'Auto Shows', 'Autos and Vehicles'])
    expect(within(grid).getAllByText('Acme Web Analytics')).toHaveLength(3)
  })

  it('shows the data source names once they are known', () => {
    const props = { isLoading: false, availability: () => OPEN, pickedSids: new Set<number>(), onPickChange: () => {}, onPickPageLater: () => {} }
    const segments = [segment(1, 'Autos')]
    const { rerender } = render(inProvider(<SegmentPickerTable {...props} segments={segments} dataSourcesById={new Map()} />))
    expect(screen.getByText('Data source 1100')).toBeInTheDocument()
    rerender(inProvider(<SegmentPickerTable {...props} segments={segments} dataSourcesById={WEB} />))
    expect(screen.getByText('Acme Web Analytics')).toBeInTheDocument()
    expect(screen.queryByText('Data source 1100')).not.toBeInTheDocument()
  })
})
