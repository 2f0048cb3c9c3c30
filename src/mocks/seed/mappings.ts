import { DATA_EXPORT_LABELS, type DataSource } from '../../api/schemas'
import { autoFillValue } from '../../domain/auto-fill'
import { findExportConflicts } from '../../domain/export-controls'
import type { DemoScenario, DestinationRecord, MappingRecord, SegmentRecord } from '../types'
import { addDays } from '../../lib/dates'
import { DAY_MS, FIRST_MAPPING_ID, LIVERAMP_AUTOFILL_ID, LIVERAMP_MANUAL_ID, SEED_EPOCH, SEED_MAPPING_COUNTS, USER_IDS } from './fixtures'
import type { Rng } from './prng'

/** Names of "Age Range" segments that destination 1001 never maps (tests add them). */
export const AGE_RANGE_UNMAPPED_PREFIXES = ['Age Range: 18-20', 'Age Range: 21-24', 'Age Range: 25-29', 'Age Range: 30-34', 'Age Range: 35-39']

/** Friendly values of destination 1002 (LiveRamp, manual mapping), each with the segment it maps. */
/** "Age Range" segments that destination 1001 always maps (so the folder shows mapped rows too). */
export const AGE_RANGE_MAPPED_NAMES = ['Age Range: 45-49', 'Age Range: 50-54']

export const FRIENDLY_ALIASES: [alias: string, segmentNamePart: string][] = [
  ['Acme Sports Fans', 'Sports: Baseball'],
  ['Acme Luxury Car Shoppers', 'Automotive: Luxury Cars'],
  ['Acme New Parents', 'Parenting Babies and Toddlers'],
  ['Acme Outdoor Enthusiasts', 'Home & Garden: Outdoor Decorating'],
]

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)

/** Mapping value fields for one seeded mapping, by destination type (aam-reference 3.2). */
function valueFields(dest: DestinationRecord, seg: SegmentRecord): Pick<MappingRecord, 'traitAlias' | 'valueAlias' | 'url' | 'secureUrl'> {
  const none = { traitAlias: null, valueAlias: null, url: null, secureUrl: null }
  const filled = autoFillValue(dest.autoFillMapping, seg)
  if (dest.destinationType === 'ADS') {
    const leaf = slug(seg.name.split(': ').pop() ?? seg.name)
    return dest.formatType === 'key_value'
      ? { ...none, traitAlias: slug(seg.name.split(':')[0]).split('-')[0] || 'seg', valueAlias: leaf }
      : { ...none, valueAlias: String(seg.sid) }
  }
  if (dest.destinationType === 'PUSH' && !dest.serializationEnabled) {
    const path = dest.destinationId === 1021 ? `googleadservices.example/pagead/conversion/1234/?aam=${seg.sid}` : `retarget.partner.example/px?seg=${seg.sid}`
    return { ...none, url: `http://${path}`, secureUrl: `https://${path}` }
  }
  if (filled.kind === 'filled') return { ...none, traitAlias: filled.value }
  const prefix = dest.destinationType === 'PEOPLE_BASED' ? 'aud_' : dest.destinationType === 'PUSH' ? 'seg' : 'acme-'
  return { ...none, traitAlias: `${prefix}${dest.destinationType === 'S2S' ? slug(seg.name) : seg.sid}` }
}

/** Start/end dates around `today` (UTC `yyyy-mm-dd`): past, current, future, expired, open-ended. */
function dates(rng: Rng, today: string): { startDate: string; endDate: string | null } {
  const day = (offset: number) => addDays(today, offset)
  const r = rng.next()
  if (r < 0.45) return { startDate: day(-rng.int(1, 400)), endDate: null }
  if (r < 0.6) return { startDate: day(-rng.int(1, 200)), endDate: day(rng.int(1, 365)) }
  if (r < 0.75) return { startDate: day(-rng.int(200, 500)), endDate: day(-rng.int(1, 199)) }
  if (r < 0.87) return { startDate: day(rng.int(1, 120)), endDate: rng.chance(0.5) ? null : day(rng.int(121, 400)) }
  if (r < 0.95) return { startDate: today, endDate: null }
  return { startDate: day(-rng.int(30, 90)), endDate: today }
}

/**
 * Seed mappings (AAM mapping shape, IDs from 500001): per destination a sample of the segments it may
 * carry: never one its export labels block, only segments with an integration code under
 * INTEGRATION_CODE auto-fill, each segment at most once. Dates are relative to `today`.
 */
export function buildMappings(
  rng: Rng,
  scenario: DemoScenario,
  destinations: DestinationRecord[],
  segments: SegmentRecord[],
  dataSources: ReadonlyMap<number, DataSource>,
  today: string,
): MappingRecord[] {
  const mappings: MappingRecord[] = []
  let mappingId = FIRST_MAPPING_ID
  // Labels each segment conflicts with, computed once (the rule itself lives in findExportConflicts).
  const blockedFor = new Map(segments.map((s) => [s.sid, new Set(findExportConflicts(s, DATA_EXPORT_LABELS, dataSources).map((c) => c.label))]))
  for (const dest of destinations) {
    let count = SEED_MAPPING_COUNTS[dest.destinationId] ?? 0
    if (scenario === 'large' && dest.destinationId === LIVERAMP_AUTOFILL_ID) count = 5000
    if (count === 0) continue
    const eligible = segments.filter(
      (s) =>
        !dest.dataExportLabels.some((label) => blockedFor.get(s.sid)?.has(label)) &&
        autoFillValue(dest.autoFillMapping, s).kind !== 'refused' &&
        !(dest.destinationId === LIVERAMP_AUTOFILL_ID && AGE_RANGE_UNMAPPED_PREFIXES.some((p) => s.name.startsWith(p))),
    )
    let chosen: { seg: SegmentRecord; alias?: string }[]
    if (dest.destinationId === LIVERAMP_MANUAL_ID) {
      chosen = FRIENDLY_ALIASES.map(([alias, part]) => ({ seg: eligible.find((s) => s.name.includes(part)) ?? eligible[0], alias }))
    } else {
      const forced = dest.destinationId === LIVERAMP_AUTOFILL_ID ? eligible.filter((s) => AGE_RANGE_MAPPED_NAMES.includes(s.name)) : []
      const rest = rng.sample(eligible.filter((s) => !forced.includes(s)), count - forced.length)
      chosen = [...forced, ...rest].sort((a, b) => a.sid - b.sid).map((seg) => ({ seg }))
    }
    let lastUpdate = dest.updateTime ?? 0
    for (const { seg, alias } of chosen) {
      const createTime = SEED_EPOCH - rng.int(0, 300) * DAY_MS - rng.int(0, DAY_MS - 1)
      const user = rng.pick([USER_IDS.marketer, USER_IDS.care, USER_IDS.analyst])
      const updateTime = Math.min(SEED_EPOCH, createTime + rng.int(0, 30) * DAY_MS)
      lastUpdate = Math.max(lastUpdate, updateTime)
      mappings.push({
        mappingId: mappingId++,
        destinationId: dest.destinationId,
        sid: seg.sid,
        traitType: 'SEGMENT',
        traitValue: 0,
        elementName: seg.name,
        elementDescription: seg.description,
        elementStatus: seg.status === 'INACTIVE' ? 'inactive' : 'active',
        ...valueFields(dest, seg),
        ...(alias ? { traitAlias: alias } : {}),
        priority: dest.destinationType === 'ADS' ? rng.int(1, 5) : null,
        ...dates(rng, today),
        createTime,
        updateTime,
        crUID: user,
        upUID: user,
      })
    }
    dest.updateTime = lastUpdate
  }
  return mappings
}
