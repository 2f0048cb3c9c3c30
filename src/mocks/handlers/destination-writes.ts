import { HttpResponse } from 'msw'
import type { z } from 'zod'
import {
  DATA_EXPORT_LABEL_TEXT,
  destinationCreateSchema,
  destinationUpdateSchema,
  PARTNER_TEXT,
  PLATFORMS,
  type CurrentUser,
  type DestinationType,
  type Permission,
} from '../../api/schemas'
import { findExportConflicts } from '../../domain/export-controls'
import { demoDb, saveDemoDb, type DemoDb } from '../db'
import type { DestinationRecord } from '../types'
import { destinationJson } from './shape'
import { apiError, endpoint, idParam, parse, readJson, validationError } from './support'

type Create = z.output<typeof destinationCreateSchema>
type Update = z.output<typeof destinationUpdateSchema>

/** AAM "Usage limits" for destinations (aam-reference 1.2); `ALL` is the account total. */
export const DESTINATION_LIMITS: { destinationType: 'ALL' | DestinationType; label: string; max: number }[] = [
  { destinationType: 'ALL', label: 'Total destinations', max: 1000 },
  { destinationType: 'ADS', label: 'Cookie destinations', max: 1000 },
  { destinationType: 'PUSH', label: 'URL destinations', max: 1000 },
  { destinationType: 'S2S', label: 'S2S destinations', max: 100 },
  { destinationType: 'ANALYTICS', label: 'Adobe Analytics destinations', max: 10 },
]

function usage(db: DemoDb) {
  const all = [...db.destinations.values()]
  return DESTINATION_LIMITS.map((l) => ({
    ...l,
    used: l.destinationType === 'ALL' ? all.length : all.filter((d) => d.destinationType === l.destinationType).length,
  }))
}

const BLANK: Omit<DestinationRecord, 'destinationId' | 'name' | 'destinationType' | 'category'> = {
  description: '', platform: null, partner: null, clientName: null, autoFillMapping: 'NONE', dataExportLabels: [],
  status: 'active', dataSourceId: null, serializationEnabled: null, urlFormatString: null, secureUrlFormatString: null,
  delimiter: null, cookieName: null, formatType: null, singleKey: null, keySeparator: null, valueSeparator: null,
  serializationSeparator: null, cnameDomain: null, domainRestrictions: null, siteIDs: null, maxSize: null, ttl: null,
}

const CATEGORY_OF: Record<DestinationType, DestinationRecord['category']> = {
  PUSH: 'CUSTOM', ADS: 'CUSTOM', S2S: 'INTEGRATED_PLATFORMS', PEOPLE_BASED: 'INTEGRATED_PLATFORMS', ANALYTICS: 'ADOBE_EXPERIENCE_CLOUD',
}

/** The stored fields a write sets: type-specific ones only for its type, `platform` of S2S = the partner's name. */
function writtenFields(body: Create | Update) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { category, updateTime, adServerTypeID, ...fields } = body as Create & { updateTime?: number; adServerTypeID?: number }
  if (body.destinationType === 'S2S' && body.partner) return { ...fields, platform: PARTNER_TEXT[body.partner] }
  return fields
}

function forbidS2s(user: CurrentUser, verb: string) {
  if (!user.isPartnerAdmin) {
    throw apiError('FORBIDDEN', `Only partner admins (Audience Manager customer care, isPartnerAdmin) can ${verb} device-based (S2S) destinations such as LiveRamp.`)
  }
}

/** Segments mapped to `dest` that the labels in `added` would block (Data Export Controls). */
function labelConflicts(db: DemoDb, dest: DestinationRecord, added: Update['dataExportLabels']) {
  if (added.length === 0) return []
  const found: { sid: number; name: string; message: string }[] = []
  const seen = new Set<number>()
  for (const m of db.mappingsOf(dest.destinationId)) {
    const segment = db.segments.get(m.sid)
    if (!segment || seen.has(m.sid)) continue
    const conflicts = findExportConflicts(segment, added, db.dataSources)
    if (conflicts.length === 0) continue
    seen.add(m.sid)
    found.push({ sid: m.sid, name: segment.name, message: conflicts[0].message })
  }
  return found
}

const CREATE = { permission: 'CREATE_DESTINATIONS' as Permission, action: 'create destinations' }
const EDIT = { permission: 'EDIT_ALL_DESTINATIONS' as Permission, action: 'edit destinations' }
const VIEW = { permission: 'VIEW_ALL_DESTINATIONS' as Permission, action: 'view destinations' }

/**
 * Destination writes and configuration reads (AAM "Destination API methods"):
 * - `GET /v1/destinations/limits`: `{ limits: [{ destinationType, label, max, used }] }`.
 * - `GET /v1/destinations/configurations/available-platforms/`: `["BROWSER","ANDROID","iOS","ALL"]`.
 * - `POST /v1/destinations/`: 201 + object; PUSH / ADS need CREATE_DESTINATIONS, S2S also a partner
 *   admin (403 otherwise); 409 LIMIT_REACHED at AAM's limits.
 * - `PUT /v1/destinations/{id}`: 200 + object; needs EDIT_ALL_DESTINATIONS (S2S: partner admin);
 *   `updateTime` must match (409 STALE_UPDATE with `current`); type and category never change and
 *   a device-based name neither (400); new labels that block mapped segments: 409 EXPORT_CONTROL_CONFLICT.
 * Every invalid body: 400 VALIDATION_FAILED with `details`.
 */
export const destinationWriteHandlers = [
  ...endpoint('get', '/v1/destinations/limits', VIEW, () => HttpResponse.json({ limits: usage(demoDb()) })),
  ...endpoint('get', '/v1/destinations/configurations/available-platforms', VIEW, () => HttpResponse.json([...PLATFORMS])),
  ...endpoint('post', '/v1/destinations', CREATE, async ({ request, user }) => {
    const db = demoDb()
    const body = parse(destinationCreateSchema, await readJson(request))
    if (body.destinationType === 'S2S') forbidS2s(user, 'create')
    for (const limit of usage(db)) {
      if ((limit.destinationType === 'ALL' || limit.destinationType === body.destinationType) && limit.used >= limit.max) {
        throw apiError('LIMIT_REACHED', `${limit.label} are limited to ${limit.max.toLocaleString('en-US')} per account, and all are in use. Delete a destination first.`)
      }
    }
    const now = Date.now()
    const record: DestinationRecord = {
      ...BLANK,
      ...writtenFields(body),
      destinationId: db.allocate('destinationId'),
      category: CATEGORY_OF[body.destinationType],
      pid: user.pid,
      createTime: now,
      updateTime: now,
      crUID: user.uid,
      upUID: user.uid,
    } as DestinationRecord
    db.destinations.set(record.destinationId, record)
    await saveDemoDb()
    return HttpResponse.json(destinationJson(db, record, false), { status: 201 })
  }),
  ...endpoint('put', '/v1/destinations/:destinationId', EDIT, async ({ request, params, user }) => {
    const db = demoDb()
    const destinationId = idParam(params.destinationId, 'destinationId')
    const existing = db.destinations.get(destinationId)
    if (!existing) throw apiError('NOT_FOUND', `Destination ${destinationId} does not exist.`)
    const body = parse(destinationUpdateSchema, await readJson(request))
    if (existing.destinationType === 'S2S') forbidS2s(user, 'change')
    const fixed: { field: string; message: string }[] = []
    if (body.destinationType !== existing.destinationType) fixed.push({ field: 'destinationType', message: 'The type of a destination cannot change after creation.' })
    if (body.category && body.category !== existing.category) fixed.push({ field: 'category', message: 'The category of a destination cannot change after creation.' })
    if (existing.destinationType === 'S2S' && body.name !== existing.name) {
      fixed.push({ field: 'name', message: 'The name of a device-based destination cannot change after creation.' })
    }
    if (body.destinationType === 'S2S' && (body.partner ?? null) !== (existing.partner ?? null)) {
      fixed.push({ field: 'partner', message: 'The platform of a device-based destination cannot change after creation.' })
    }
    if (fixed.length) throw validationError(fixed)
    if (body.updateTime !== existing.updateTime) {
      throw apiError('STALE_UPDATE', `Destination "${existing.name}" was changed by someone else since you opened it. Review the current version and save again.`, {
        current: destinationJson(db, existing, false),
      })
    }
    const added = body.dataExportLabels.filter((l) => !existing.dataExportLabels.includes(l))
    const conflicts = labelConflicts(db, existing, added)
    if (conflicts.length) {
      const labels = added.map((l) => `"${DATA_EXPORT_LABEL_TEXT[l]}"`).join(', ')
      const names = conflicts.slice(0, 5).map((c) => `"${c.name}" (${c.sid})`).join(', ')
      const more = conflicts.length > 5 ? ` and ${conflicts.length - 5} more` : ''
      throw apiError('EXPORT_CONTROL_CONFLICT',
        `The label ${labels} conflicts with Data Export Controls of ${conflicts.length} mapped ${conflicts.length === 1 ? 'segment' : 'segments'}: ${names}${more}. Remove those mappings first, or leave the label off.`,
        { details: conflicts.map((c) => ({ field: 'dataExportLabels', message: `Segment "${c.name}" (${c.sid}): ${c.message}` })) })
    }
    const now = Date.now()
    const record = {
      ...existing,
      ...writtenFields(body),
      updateTime: Math.max(now, (existing.updateTime ?? 0) + 1),
      upUID: user.uid,
    } as DestinationRecord
    db.destinations.set(destinationId, record)
    await saveDemoDb()
    return HttpResponse.json(destinationJson(db, record, false))
  }),
]
