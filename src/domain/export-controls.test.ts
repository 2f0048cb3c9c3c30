import { describe, expect, it } from 'vitest'
import type { DataExportLabel, DataSource } from '../api/schemas'
import { findExportConflicts } from './export-controls'

const source = (dataSourceId: number, name: string, dataExportRestrictions: DataExportLabel[]): DataSource => ({
  dataSourceId,
  name,
  dataExportRestrictions,
})
const sources = new Map<number, DataSource>([
  [1, source(1, 'Web', [])],
  [2, source(2, 'Offline CRM', ['PII', 'OFFSITE_ADVERTISING'])],
  [3, source(3, 'Loyalty', ['ONSITE_PERSONALIZATION'])],
  [4, source(4, 'Second party', ['ONSITE_ADVERTISING'])],
])

describe('findExportConflicts', () => {
  it.each<[string, Parameters<typeof findExportConflicts>[0], DataExportLabel[], [number, DataExportLabel][]]>([
    ['no labels: nothing blocked', { dataSourceId: 1, traitDataSourceIds: [2] }, [], []],
    ['label without control', { dataSourceId: 1, traitDataSourceIds: [1] }, ['OFFSITE_ADVERTISING'], []],
    ['control without label', { dataSourceId: 1, traitDataSourceIds: [3] }, ['OFFSITE_ADVERTISING'], []],
    ['trait data source control matches', { dataSourceId: 1, traitDataSourceIds: [2] }, ['OFFSITE_ADVERTISING'], [[2, 'OFFSITE_ADVERTISING']]],
    ['two labels match one source', { dataSourceId: 1, traitDataSourceIds: [2] }, ['PII', 'OFFSITE_ADVERTISING'], [[2, 'PII'], [2, 'OFFSITE_ADVERTISING']]],
    ['merge rule data source counts', { dataSourceId: 1, traitDataSourceIds: [], mergeRuleDataSourceId: 4 }, ['ONSITE_ADVERTISING'], [[4, 'ONSITE_ADVERTISING']]],
    ["segment's own data source does not count", { dataSourceId: 2, traitDataSourceIds: [1] }, ['PII'], []],
    ['trait data source IDs not requested', { dataSourceId: 1 }, ['PII'], []],
    ['unknown data source is ignored', { dataSourceId: 1, traitDataSourceIds: [99] }, ['PII'], []],
    ['sorted by data source, each once', { dataSourceId: 1, traitDataSourceIds: [4, 2, 2], mergeRuleDataSourceId: 4 }, ['ONSITE_ADVERTISING', 'PII'], [[2, 'PII'], [4, 'ONSITE_ADVERTISING']]],
  ])('%s', (_name, segment, labels, expected) => {
    const conflicts = findExportConflicts(segment, labels, sources)
    expect(conflicts.map((c) => [c.dataSourceId, c.label])).toEqual(expected)
  })

  it('names the data source, the control and the label in AAM words', () => {
    const [conflict] = findExportConflicts({ dataSourceId: 1, traitDataSourceIds: [2] }, ['OFFSITE_ADVERTISING'], sources)
    expect(conflict.dataSourceName).toBe('Offline CRM')
    expect(conflict.message).toContain('Offline CRM')
    expect(conflict.message).toContain('Cannot be used for off-site ad targeting')
    expect(conflict.message).toContain('This destination may be used for off-site ad targeting')
  })
})
