import {
  AUTO_FILL_TEXT,
  CATEGORY_TEXT,
  DATA_EXPORT_LABEL_TEXT,
  DATA_EXPORT_LABELS,
  DESTINATION_TYPE_TEXT,
  DOMAIN_RESTRICTION_TEXT,
  FORMAT_TYPE_TEXT,
  PARTNER_TEXT,
  PLATFORM_TEXT,
} from '../../../api/schemas'
import { diffVersions, mergeOnTop, type DiffField, type DiffRow } from '../../../lib/version-diff'
import type { DestinationFormValues } from './destination-form-values'
import { FIELD_LABELS, LIVERAMP_AUTO_FILL_LABEL, type LabelledField } from './field-labels'

type V = DestinationFormValues

const text = (table: Record<string, string>) => (value: unknown) => table[String(value)] ?? String(value)
const onOff = (value: unknown) => (value ? 'On' : 'Off')
const sameLabels = (a: unknown, b: unknown) => {
  const set = (v: unknown) => DATA_EXPORT_LABELS.filter((l) => (v as readonly string[]).includes(l)).join()
  return set(a) === set(b)
}
const labels = (value: unknown) => {
  const checked = DATA_EXPORT_LABELS.filter((l) => (value as readonly string[]).includes(l))
  return checked.length ? checked.map((l) => DATA_EXPORT_LABEL_TEXT[l]).join('; ') : 'None checked'
}

const FORMATS: Partial<Record<LabelledField, Pick<DiffField<V>, 'format' | 'equals'>>> = {
  category: { format: text(CATEGORY_TEXT) },
  destinationType: { format: text(DESTINATION_TYPE_TEXT) },
  partner: { format: text(PARTNER_TEXT) },
  platform: { format: text(PLATFORM_TEXT) },
  dataExportLabels: { format: labels, equals: sameLabels },
  autoFillMapping: { format: text(AUTO_FILL_TEXT) },
  serializationEnabled: { format: onOff },
  formatType: { format: text(FORMAT_TYPE_TEXT) },
  domainRestrictions: { format: text(DOMAIN_RESTRICTION_TEXT) },
}

const LIVERAMP_AUTO_FILL_TEXT: Record<string, string> = { SEGMENT_ID: 'Auto-fill Segment ID', NONE: 'Manual' }

/**
 * The fields the stale-save review compares, in the form's order, with the form's labels (a
 * LiveRamp destination's auto-fill reads "Segment Mapping": "Auto-fill Segment ID" / "Manual") and
 * values as the inputs show them (enum texts, "On"/"Off", "(empty)"). `updateTime` is never compared.
 */
export function destinationDiffFields(values: Pick<V, 'destinationType' | 'partner'>): DiffField<V>[] {
  const liveRamp = values.destinationType === 'S2S' && values.partner === 'LIVERAMP'
  return (Object.keys(FIELD_LABELS) as LabelledField[]).map((field) => {
    if (field === 'autoFillMapping' && liveRamp) return { field, label: LIVERAMP_AUTO_FILL_LABEL, format: text(LIVERAMP_AUTO_FILL_TEXT) }
    return { field, label: FIELD_LABELS[field], ...FORMATS[field] }
  })
}

/**
 * What someone else changed in a destination since the user opened the form: one row per field that
 * differs between `opened` and `theirs` (the server's current version), with their value, the
 * user's value and whether the user changed that field too. Empty when only `updateTime` moved (for
 * example after a mapping change).
 */
export function diffDestinationVersions(opened: V, theirs: V, mine: V): DiffRow[] {
  return diffVersions(opened, theirs, mine, destinationDiffFields(theirs))
}

/**
 * "Keep my changes on top of theirs": `theirs` (with its `updateTime`), plus the user's value for
 * every field the user changed since `opened`. Nothing is saved; the form shows the result.
 */
export function mergeDestinationVersions(opened: V, theirs: V, mine: V): V {
  return mergeOnTop(opened, theirs, mine, destinationDiffFields(theirs))
}
