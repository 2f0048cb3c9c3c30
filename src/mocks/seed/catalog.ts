import type { DataSource } from '../../api/schemas'
import type { DemoScenario, FolderRecord, SegmentRecord } from '../types'
import { DATA_SOURCE_IDS as DS, DAY_MS, DEMO_PID, FIRST_SID, ROOT_FOLDER_ID, SEED_EPOCH, USER_IDS } from './fixtures'
import type { Rng } from './prng'
import { taxonomyRoots, type TaxonomyNode } from './taxonomy'

/** The ~8 data sources of the demo account (AAM `GET /v1/datasources/` shape). */
export function buildDataSources(): DataSource[] {
  const ds = (dataSourceId: number, name: string, description: string, restrictions: DataSource['dataExportRestrictions'], extra: Partial<DataSource> = {}): DataSource => ({
    dataSourceId, pid: DEMO_PID, name, description, status: 'ACTIVE', integrationCode: `ds_${dataSourceId}`,
    dataExportRestrictions: restrictions, outboundS2S: false, inboundS2S: true,
    uniqueTraitIntegrationCodes: true, uniqueSegmentIntegrationCodes: true, type: 'GENERAL', idType: 'COOKIE',
    updateTime: SEED_EPOCH - 200 * DAY_MS, crUID: USER_IDS.admin, upUID: USER_IDS.admin, ...extra,
  })
  return [
    ds(DS.web, 'Acme Web Analytics (First Party)', 'Site behaviour collected by the Acme web tags.', []),
    ds(DS.mobileApp, 'Acme Mobile App SDK', 'In-app events from the Acme iOS and Android apps.', [], { idType: 'DEVICE_ADVERTISING_ID' }),
    ds(DS.crm, 'Offline CRM Onboarding', 'Hashed CRM records onboarded weekly.', ['PII', 'OFFSITE_ADVERTISING'], { idType: 'CROSS_DEVICE' }),
    ds(DS.loyalty, 'Loyalty Program Partner', 'Points and tier data shared by the loyalty partner.', ['ONSITE_PERSONALIZATION'], { idType: 'CROSS_DEVICE' }),
    ds(DS.iabFeed, 'IAB Audience Taxonomy Feed', 'Third-party audiences mapped to the IAB Audience Taxonomy 1.1.', [], { type: 'THIRD_PARTY' }),
    ds(DS.mergeRule, 'Acme Device Graph (Profile Merge Rule)', 'Data source used by the default profile merge rule.', [], { idType: 'CROSS_DEVICE' }),
    ds(DS.secondParty, 'Publisher Second-Party Exchange', 'Audiences shared by publishing partners.', ['ONSITE_ADVERTISING']),
    ds(DS.analytics, 'Adobe Analytics Report Suite', 'Traits shared from Adobe Analytics.', [], { outboundS2S: true }),
  ]
}

interface Variant { prefix?: 'App' | 'CRM' | 'Loyalty' | 'Partner' | 'Web'; days?: number; typical: number }
/** Segment variants per taxonomy leaf; "typical" takes each with its probability, "large" takes the first 15. */
const VARIANTS: Variant[] = [
  { typical: 1 }, { days: 30, typical: 0.35 }, { days: 7, typical: 0.12 }, { days: 90, typical: 0.1 },
  { prefix: 'App', typical: 0.06 }, { prefix: 'CRM', typical: 0.05 }, { prefix: 'Loyalty', typical: 0.03 },
  { prefix: 'Partner', typical: 0.02 }, { prefix: 'Web', days: 30, typical: 0 }, { days: 14, typical: 0 },
  { days: 60, typical: 0 }, { prefix: 'App', days: 30, typical: 0 }, { prefix: 'CRM', days: 90, typical: 0 },
  { days: 1, typical: 0 }, { prefix: 'Web', days: 7, typical: 0 },
]
const PREFIX_SOURCE = { App: DS.mobileApp, CRM: DS.crm, Loyalty: DS.loyalty, Partner: DS.secondParty, Web: DS.web } as const
/** "large" only: subfolder of its taxonomy folder that a data-source variant goes to (~400 more folders). */
const PREFIX_SUBFOLDER = {
  App: 'First-Party Apps and Web', Web: 'First-Party Apps and Web',
  CRM: 'CRM and Partner Data', Loyalty: 'CRM and Partner Data', Partner: 'CRM and Partner Data',
} as const
const RESTRICTED = new Set<number>([DS.crm, DS.loyalty, DS.secondParty])
const PLAIN_TRAIT_SOURCES = [DS.web, DS.mobileApp, DS.iabFeed, DS.analytics]
const AUTHORS = [USER_IDS.marketer, USER_IDS.care, USER_IDS.analyst, USER_IDS.admin]

/** Hand-written segments whose names exercise escaping and Unicode (kept as literal text). */
export const SPECIAL_SEGMENT_NAMES = [
  'Café & Pâtisserie Lovers – Montréal',
  'Niños y Familia – España',
  'Shoppers who said "just browsing"',
  '🎉 Holiday Party Planners',
  '<b>VIP</b> Loyalty Members',
  '<script>alert(1)</script> Test Segment',
  'Müller & Søn Bakery Visitors 🥐',
  "O'Brien's Pub Regulars, Dublin",
] as const

export interface Catalog { folders: FolderRecord[]; segments: SegmentRecord[]; nextSid: number; nextFolderId: number }

/**
 * Segment folders and segments from the IAB taxonomy: internal nodes become folders under
 * "All Segments" (folder 0), leaves become segments (AAM Segments API shape) with look-back and
 * data-source variants. "typical" gives ~2,300 segments in 217 folders; "large" exactly 20,000
 * segments (AAM's limit) in ~600 folders: there the data-source variants of a taxonomy folder sit in
 * its subfolders "First-Party Apps and Web" / "CRM and Partner Data", created when first used.
 * No randomness decides folders, so both stay deterministic.
 */
export function buildCatalog(rng: Rng, scenario: DemoScenario): Catalog {
  const folders: FolderRecord[] = [{ folderId: ROOT_FOLDER_ID, parentFolderId: -1, name: 'All Segments', path: '/' }]
  const segments: SegmentRecord[] = []
  const limit = scenario === 'large' ? 20_000 - SPECIAL_SEGMENT_NAMES.length : Infinity
  let nextFolderId = 1
  let sid = FIRST_SID

  const addFolder = (name: string, parent: FolderRecord) => {
    const folder = { folderId: nextFolderId++, parentFolderId: parent.folderId, name, path: `${parent.path === '/' ? '' : parent.path}/${name}` }
    folders.push(folder)
    return folder
  }
  const times = () => {
    const createTime = SEED_EPOCH - rng.int(30, 900) * DAY_MS - rng.int(0, DAY_MS - 1)
    return { createTime, updateTime: Math.min(SEED_EPOCH, createTime + rng.int(0, 200) * DAY_MS), crUID: rng.pick(AUTHORS), upUID: rng.pick(AUTHORS) }
  }

  const subfolders = new Map<string, FolderRecord>()
  const folderFor = (v: Variant, folder: FolderRecord) => {
    if (scenario !== 'large' || !v.prefix) return folder
    const name = PREFIX_SUBFOLDER[v.prefix]
    const key = `${folder.folderId}/${name}`
    let sub = subfolders.get(key)
    if (!sub) subfolders.set(key, (sub = addFolder(name, folder)))
    return sub
  }

  const addLeaf = (leaf: TaxonomyNode, parentName: string, folder: FolderRecord) => {
    const pinned = folder.name === 'Age Range' // kept active and unrestricted: tests need unmapped, mappable rows here
    const variants = scenario === 'large' ? VARIANTS : VARIANTS.filter((v) => rng.chance(v.typical))
    variants.forEach((v) => {
      if (segments.length >= limit) return
      const dataSourceId = v.prefix ? PREFIX_SOURCE[v.prefix] : DS.web
      const traits = new Set<number>([dataSourceId])
      for (let i = rng.int(0, 2); i > 0; i--) traits.add(rng.pick(PLAIN_TRAIT_SOURCES))
      if (!v.prefix && !pinned) {
        if (rng.chance(0.025)) traits.add(DS.crm)
        if (rng.chance(0.015)) traits.add(DS.loyalty)
        if (rng.chance(0.01)) traits.add(DS.secondParty)
      }
      if (pinned && !v.prefix) for (const id of traits) if (RESTRICTED.has(id)) traits.delete(id)
      const trait = 200_000 + leaf.id * 20 + VARIANTS.indexOf(v)
      const base = `${parentName}: ${leaf.name}`
      const lookback = v.days ? ` - ${v.days} ${v.days === 1 ? 'day' : 'days'}` : ''
      const code = `${v.prefix?.toLowerCase() ?? 'iab'}_${leaf.id}${v.days ? `_${v.days}d` : ''}`
      const inactive = !(pinned && !v.prefix) && rng.chance(0.05)
      segments.push({
        sid: sid++,
        pid: DEMO_PID,
        name: `${v.prefix ? `${v.prefix} - ` : ''}${base}${lookback}`,
        description: `IAB Audience Taxonomy 1.1: ${leaf.tiers.join(' > ')}${v.days ? `, qualified in the last ${v.days} days` : ''}`,
        integrationCode: rng.chance(0.7) ? code : null,
        folderId: folderFor(v, folder).folderId,
        dataSourceId,
        mergeRuleDataSourceId: DS.mergeRule,
        segmentRule: v.days ? `frequency([${trait}T] <= ${v.days}D) >= 1` : `${trait}T OR ${trait + 1000}T`,
        status: inactive ? 'INACTIVE' : 'ACTIVE',
        ...times(),
        traitDataSourceIds: [...traits].sort((a, b) => a - b),
        totalUniques30Day: Math.floor(10 ** (2.5 + rng.next() * 4)),
      })
    })
  }

  const walk = (node: TaxonomyNode, parent: FolderRecord) => {
    const folder = addFolder(node.name, parent)
    for (const child of node.children) {
      if (child.children.length > 0) walk(child, folder)
      else addLeaf(child, node.name, folder)
    }
  }
  for (const root of taxonomyRoots()) walk(root, folders[0])

  // Hand-made folders (three levels) holding the special-character segments.
  const custom = addFolder('Acme Custom Audiences', folders[0])
  const campaigns = addFolder('Campaigns', custom)
  const holiday = addFolder('Holiday 2024', campaigns)
  const regional = addFolder('Regional', custom)
  SPECIAL_SEGMENT_NAMES.forEach((name, i) => {
    segments.push({
      sid: sid++, pid: DEMO_PID, name, description: i % 2 ? 'Hand-built test audience.' : '',
      integrationCode: i === 2 ? null : `acme_custom_${i + 1}`,
      folderId: (i % 2 ? holiday : regional).folderId, dataSourceId: DS.web, mergeRuleDataSourceId: DS.mergeRule,
      segmentRule: `${300_000 + i}T`, status: 'ACTIVE', ...times(), traitDataSourceIds: [DS.web],
      totalUniques30Day: 1000 + i * 137,
    })
  })
  return { folders, segments, nextSid: sid, nextFolderId }
}
