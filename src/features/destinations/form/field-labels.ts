import type { DestinationFormValues } from './destination-form-values'

/** The field a label belongs to: every input of the configuration form except the hidden `updateTime`. */
export type LabelledField = Exclude<keyof DestinationFormValues, 'updateTime'>

/**
 * The configuration form's field labels, in AAM's wording and in the form's order; the inputs and
 * the stale-save review read them from here. `dataExportLabels` is the section's name (its checkbox
 * group is labelled "Settings for this destination"); a LiveRamp destination calls
 * `autoFillMapping` "Segment Mapping" (`LIVERAMP_AUTO_FILL_LABEL`).
 */
export const FIELD_LABELS: Record<LabelledField, string> = {
  category: 'Category',
  destinationType: 'Type',
  partner: 'Platform',
  platform: 'Platform',
  name: 'Name',
  description: 'Description',
  dataExportLabels: 'Data Export Labels',
  clientName: 'LiveRamp Client Name',
  serializationEnabled: 'Serialize',
  urlFormatString: 'Base URL',
  secureUrlFormatString: 'Secure URL',
  delimiter: 'Delimiter',
  cookieName: 'Cookie Name',
  formatType: 'Data Format',
  singleKey: 'Key',
  keySeparator: 'Key Separator',
  valueSeparator: 'Value Separator',
  serializationSeparator: 'Serial Delimiter',
  cnameDomain: 'Cookie Domain',
  domainRestrictions: 'Publish Data To',
  siteIDs: 'Site IDs',
  autoFillMapping: 'Auto-fill Destination Mapping',
}

/** The label of `autoFillMapping` on a LiveRamp destination. */
export const LIVERAMP_AUTO_FILL_LABEL = 'Segment Mapping'
/** The label of the Data Export Labels checkbox group. */
export const DATA_EXPORT_LABELS_GROUP_LABEL = 'Settings for this destination'
