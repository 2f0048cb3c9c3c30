import type { Destination, ElementStatus, Mapping } from '../../api/schemas'

/**
 * Which inputs a mapping of this destination carries (AAM reference 3.2, "Edit Mapping dialog by
 * destination type"):
 * - `url`: URL destination without serialization: `url` + `secureUrl` (full addresses);
 * - `cookie-value`: single-key cookie: the value only (`valueAlias`);
 * - `cookie-key-value`: multi-key cookie: key (`traitAlias`) + value (`valueAlias`);
 * - `value`: S2S, serialized URL and the rest: one "Destination Value" (`traitAlias`).
 */
export type MappingInputKind = 'url' | 'cookie-value' | 'cookie-key-value' | 'value'

export function mappingInputKind(
  destination: Pick<Destination, 'destinationType' | 'serializationEnabled' | 'formatType'>,
): MappingInputKind {
  if (destination.destinationType === 'PUSH' && !destination.serializationEnabled) return 'url'
  if (destination.destinationType === 'ADS') return destination.formatType === 'key_value' ? 'cookie-key-value' : 'cookie-value'
  return 'value'
}

/** The mapping field that auto-fill writes for a kind; null when auto-fill does not apply (full URLs). */
export function autoFillField(kind: MappingInputKind): 'traitAlias' | 'valueAlias' | null {
  if (kind === 'url') return null
  return kind === 'value' ? 'traitAlias' : 'valueAlias'
}

/** The "Mapping" column text: `key=value` for multi-key cookies, else the alias, else the URL. */
export function mappingDisplayValue(m: Pick<Mapping, 'traitAlias' | 'valueAlias' | 'url'>): string {
  if (m.traitAlias && m.valueAlias) return `${m.traitAlias}=${m.valueAlias}`
  return m.traitAlias ?? m.valueAlias ?? m.url ?? ''
}

export const SEGMENT_STATUS_TEXT: Record<ElementStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
  deleted: 'Deleted',
}

/**
 * The mapping property the server sorts the "Mapping" column by (AAM `sortBy`), per kind: the full
 * URL on plain URL destinations, the value on single-key cookies, else `traitAlias` (the key on
 * multi-key cookies).
 */
export function mappingValueSortBy(kind: MappingInputKind): 'url' | 'valueAlias' | 'traitAlias' {
  if (kind === 'url') return 'url'
  return kind === 'cookie-value' ? 'valueAlias' : 'traitAlias'
}

/** True when two UTC day ranges overlap; a missing start is open to the past, a missing end never ends. */
export function daysOverlap(
  a: { startDate?: string | null; endDate?: string | null },
  b: { startDate?: string | null; endDate?: string | null },
): boolean {
  const aStartsBeforeBEnds = !a.startDate || !b.endDate || a.startDate <= b.endDate
  const bStartsBeforeAEnds = !b.startDate || !a.endDate || b.startDate <= a.endDate
  return aStartsBeforeBEnds && bStartsBeforeAEnds
}

type MappingValues = Pick<Mapping, 'traitAlias' | 'valueAlias' | 'url'>

/** The value identity of a mapping for duplicate checks, per destination kind. */
export function mappingValueKey(kind: MappingInputKind, m: MappingValues): string {
  switch (kind) {
    case 'url':
      return (m.url ?? '').trim()
    case 'cookie-value':
      return (m.valueAlias ?? '').trim()
    case 'cookie-key-value':
      return `${(m.traitAlias ?? '').trim()}=${(m.valueAlias ?? '').trim()}`
    case 'value':
      return (m.traitAlias ?? '').trim()
  }
}

export const DUPLICATE_MESSAGE = 'Already mapped with this value and overlapping dates.'

/**
 * Exact duplicate (product spec 3): same segment, same value and overlapping dates as another
 * mapping of the destination. AAM allows the same segment with another value or other dates.
 */
export function isDuplicateMapping(
  kind: MappingInputKind,
  candidate: MappingValues & { sid: number; startDate?: string | null; endDate?: string | null },
  others: readonly (MappingValues & { sid: number; startDate?: string | null; endDate?: string | null })[],
): boolean {
  const key = mappingValueKey(kind, candidate)
  return others.some((o) => o.sid === candidate.sid && mappingValueKey(kind, o) === key && daysOverlap(candidate, o))
}

/**
 * What removing a mapping means at the partner: LiveRamp keeps the audience and lets it age out;
 * other destinations just stop receiving the segment (AAM reference 3.5, LiveRamp KCS article).
 */
export function removalConsequence(destination: Pick<Destination, 'partner' | 'name'>): string {
  return destination.partner === 'LIVERAMP'
    ? 'The audience stops refreshing in LiveRamp and ages out there over time; it is not deleted from LiveRamp.'
    : `Audience Manager stops sending this segment to ${destination.name}. Existing data at the partner is not deleted.`
}
