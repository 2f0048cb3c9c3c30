import { z } from 'zod/mini'

/**
 * Data Export Labels on a destination, and the matching Data Export Controls on a data source
 * (AAM user guide, "Data Export Controls"). One enum serves both halves: a control blocks a mapping
 * only when the destination carries the label of the same name.
 */
export const DATA_EXPORT_LABELS = ['PII', 'ONSITE_ADVERTISING', 'OFFSITE_ADVERTISING', 'ONSITE_PERSONALIZATION'] as const
export const dataExportLabelSchema = z.enum(DATA_EXPORT_LABELS)
export type DataExportLabel = z.infer<typeof dataExportLabelSchema>

/** AAM's wording of each label, as shown on a destination. */
export const DATA_EXPORT_LABEL_TEXT: Record<DataExportLabel, string> = {
  PII: 'This destination may enable a combination with personally identifiable information (PII)',
  ONSITE_ADVERTISING: 'This destination may be used for on-site ad targeting',
  OFFSITE_ADVERTISING: 'This destination may be used for off-site ad targeting',
  ONSITE_PERSONALIZATION: 'This destination may be used for on-site ad personalization',
}

/** AAM's wording of each control, as shown on a data source. */
export const DATA_EXPORT_CONTROL_TEXT: Record<DataExportLabel, string> = {
  PII: 'Cannot be tied to personally identifiable information (PII)',
  ONSITE_ADVERTISING: 'Cannot be used for on-site ad targeting',
  OFFSITE_ADVERTISING: 'Cannot be used for off-site ad targeting',
  ONSITE_PERSONALIZATION: 'Cannot be used for on-site personalization',
}
