import { describe, expect, it } from 'vitest'
import { diffDestinationVersions, mergeDestinationVersions } from './destination-diff'
import { NEW_DESTINATION_VALUES, type DestinationFormValues } from './destination-form-values'
import { FIELD_LABELS, LIVERAMP_AUTO_FILL_LABEL } from './field-labels'

const cookie: DestinationFormValues = {
  ...NEW_DESTINATION_VALUES, destinationType: 'ADS', platform: 'BROWSER', name: 'Sports Cookie', cookieName: 'aam_sports',
  dataExportLabels: ['PII'], updateTime: 1000,
}
const liveRamp: DestinationFormValues = {
  ...NEW_DESTINATION_VALUES, category: 'INTEGRATED_PLATFORMS', destinationType: 'S2S', partner: 'LIVERAMP', platform: '',
  name: 'LiveRamp Acme', clientName: 'acme01', autoFillMapping: 'SEGMENT_ID', updateTime: 1000,
}

describe('diffDestinationVersions', () => {
  it('labels rows with the form\'s labels and shows values as the inputs do', () => {
    const theirs = { ...cookie, serializationEnabled: true, domainRestrictions: 'inclusion' as const, siteIDs: '77', formatType: 'key_value' as const, updateTime: 2000 }
    const mine = { ...cookie, cookieName: 'aam_mine', domainRestrictions: 'exclusion' as const }
    expect(diffDestinationVersions(cookie, theirs, mine)).toEqual([
      { key: 'serializationEnabled', label: FIELD_LABELS.serializationEnabled, theirs: 'On', mine: 'Off', youChanged: false },
      { key: 'formatType', label: 'Data Format', theirs: 'Multi key', mine: 'Single key', youChanged: false },
      { key: 'domainRestrictions', label: 'Publish Data To', theirs: 'Only the selected domains', mine: 'All of our domains except the selected domains', youChanged: true },
      { key: 'siteIDs', label: 'Site IDs', theirs: '77', mine: '(empty)', youChanged: false },
    ])
  })

  it('compares Data Export Labels regardless of order and shows AAM\'s wording', () => {
    const opened = { ...cookie, dataExportLabels: ['PII', 'ONSITE_ADVERTISING'] as DestinationFormValues['dataExportLabels'] }
    expect(diffDestinationVersions(opened, { ...opened, dataExportLabels: ['ONSITE_ADVERTISING', 'PII'] }, opened)).toEqual([])
    const [row] = diffDestinationVersions(opened, { ...opened, dataExportLabels: [] }, opened)
    expect(row).toMatchObject({ label: 'Data Export Labels', theirs: 'None checked' })
    expect(row.mine).toMatch(/^This destination may enable a combination with personally identifiable information \(PII\); This destination may be used for on-site ad targeting$/)
  })

  it('calls a LiveRamp destination\'s auto-fill "Segment Mapping" with its options', () => {
    expect(diffDestinationVersions(liveRamp, { ...liveRamp, autoFillMapping: 'NONE' }, liveRamp)).toEqual([
      { key: 'autoFillMapping', label: LIVERAMP_AUTO_FILL_LABEL, theirs: 'Manual', mine: 'Auto-fill Segment ID', youChanged: false },
    ])
  })

  it('never lists updateTime', () => {
    expect(diffDestinationVersions(liveRamp, { ...liveRamp, updateTime: 5000 }, liveRamp)).toEqual([])
  })
})

describe('mergeDestinationVersions', () => {
  it('keeps the user\'s changed fields on top of their version and takes their updateTime', () => {
    const theirs = { ...liveRamp, name: 'Renamed', clientName: 'theirs01', updateTime: 3000 }
    const mine = { ...liveRamp, clientName: 'mine01', description: 'Mine' }
    expect(mergeDestinationVersions(liveRamp, theirs, mine)).toEqual({ ...theirs, clientName: 'mine01', description: 'Mine', updateTime: 3000 })
  })
})
