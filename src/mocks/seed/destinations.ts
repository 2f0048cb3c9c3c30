import type { DemoScenario, DestinationRecord } from '../types'
import { DAY_MS, DEMO_PID, SEED_EPOCH, SEED_IDS as ID, USER_IDS } from './fixtures'

type Def = Partial<DestinationRecord> & Pick<DestinationRecord, 'destinationId' | 'name' | 'destinationType' | 'category'>

const URL_DEFAULTS = { serializationEnabled: false, urlFormatString: null, secureUrlFormatString: null, delimiter: null, platform: 'ALL' }
const COOKIE_DEFAULTS = {
  platform: 'BROWSER', cnameDomain: '.acme.example', domainRestrictions: 'inclusion', siteIDs: [77], maxSize: 2048, ttl: 0,
  keySeparator: '=', valueSeparator: ',', serializationSeparator: null, serializationEnabled: false,
}

/** Fills the fields every destination carries (AAM destination object + our extensions). */
function destination(def: Def): DestinationRecord {
  const createTime = SEED_EPOCH - (400 - (def.destinationId % 100) * 3) * DAY_MS
  const typeDefaults = def.destinationType === 'PUSH' ? URL_DEFAULTS : def.destinationType === 'ADS' ? COOKIE_DEFAULTS : {}
  return {
    pid: DEMO_PID, description: '', platform: null, partner: null, clientName: null, autoFillMapping: 'NONE',
    dataExportLabels: [], status: 'active', dataSourceId: null, domainRestrictions: 'all_domains',
    createTime, updateTime: createTime + 5 * DAY_MS, crUID: USER_IDS.care, upUID: USER_IDS.care,
    ...typeDefaults, ...def,
  }
}

const PLAIN_URL = (id: number, name: string, description: string, extra: Partial<DestinationRecord> = {}): Def => ({
  destinationId: id, name, description, destinationType: 'PUSH', category: 'CUSTOM', ...extra,
})
const SERIAL_URL = (id: number, name: string, host: string, extra: Partial<DestinationRecord> = {}): Def =>
  PLAIN_URL(id, name, `Serialized pixel to ${host}`, {
    serializationEnabled: true, urlFormatString: `http://${host}/seg?ids=%ALIAS%`,
    secureUrlFormatString: `https://${host}/seg?ids=%ALIAS%`, delimiter: ',', ...extra,
  })
const COOKIE = (id: number, name: string, formatType: 'single_key' | 'key_value', cookieName: string, extra: Partial<DestinationRecord> = {}): Def => ({
  destinationId: id, name, description: `First-party cookie "${cookieName}"`, destinationType: 'ADS', category: 'CUSTOM',
  formatType, cookieName, singleKey: formatType === 'single_key' ? 'seg' : null, ...extra,
})
const S2S = (id: number, name: string, extra: Partial<DestinationRecord> = {}): Def => ({
  destinationId: id, name, destinationType: 'S2S', category: 'INTEGRATED_PLATFORMS', ...extra,
})

/** The named destinations 1001-1040 of every non-empty scenario. IDs and names are fixed (fixtures.ts). */
const NAMED: Def[] = [
  S2S(ID.LIVERAMP_AUTOFILL_ID, 'LiveRamp Acme Retail', {
    description: 'LiveRamp server-to-server delivery for Acme Retail', partner: 'LIVERAMP', platform: 'LiveRamp',
    clientName: 'acmeretail01', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['OFFSITE_ADVERTISING'],
  }),
  S2S(ID.LIVERAMP_MANUAL_ID, 'LiveRamp Friendly Names', {
    description: 'LiveRamp delivery with friendly audience names for Acme Brand', partner: 'LIVERAMP', platform: 'LiveRamp',
    clientName: 'acmebrand02', autoFillMapping: 'NONE', dataExportLabels: ['OFFSITE_ADVERTISING'],
  }),
  SERIAL_URL(ID.SERIALIZED_URL_ID, 'Acme DSP Pixel', 'px.acme.example', { description: 'Retargeting pixel, values from integration codes', autoFillMapping: 'INTEGRATION_CODE' }),
  PLAIN_URL(ID.PLAIN_URL_ID, 'Partner Retargeting URL', 'One retargeting URL per segment for a partner network'),
  COOKIE(ID.COOKIE_SINGLE_KEY_ID, 'Site Cookie Single Key', 'single_key', 'aam_seg'),
  COOKIE(ID.COOKIE_MULTI_KEY_ID, 'Site Cookie Multi Key', 'key_value', 'aam_kv'),
  { destinationId: ID.ANALYTICS_ID, name: 'Adobe Analytics', description: 'Audience Analytics for the Acme global report suite', destinationType: 'ANALYTICS', category: 'ADOBE_EXPERIENCE_CLOUD', platform: 'ALL', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['PII'] },
  { destinationId: ID.FACEBOOK_ID, name: 'Facebook Custom Audiences', description: 'People-based audiences for Facebook and Instagram', destinationType: 'PEOPLE_BASED', category: 'INTEGRATED_PLATFORMS', partner: 'FACEBOOK', platform: 'Facebook', dataExportLabels: ['OFFSITE_ADVERTISING'] },
  SERIAL_URL(ID.ONSITE_PERSONALIZATION_ID, 'Onsite Personalization Engine', 'perso.acme.example', { description: 'Sends segments to the on-site personalization engine', dataExportLabels: ['PII', 'ONSITE_PERSONALIZATION'] }),
  PLAIN_URL(ID.EMPTY_DESTINATION_ID, 'Empty Test Destination', 'No mappings: safe to delete'),
  S2S(1011, 'The Trade Desk S2S', { description: 'Real-time S2S to The Trade Desk', partner: 'THE_TRADE_DESK', platform: 'The Trade Desk', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['OFFSITE_ADVERTISING'] }),
  S2S(1012, 'Google DV360', { description: 'Daily batch to Google Display & Video 360', partner: 'GOOGLE_DISPLAY', platform: 'Google Display & Video 360', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['OFFSITE_ADVERTISING'] }),
  S2S(1013, 'Amazon Advertising', { description: 'Self-service Amazon DSP audiences', partner: 'AMAZON', platform: 'Amazon Advertising' }),
  S2S(1014, 'Twitter Tailored Audiences', { description: 'Human-readable audience names for Twitter', partner: 'TWITTER', platform: 'Twitter' }),
  { destinationId: 1015, name: 'LinkedIn Matched Audiences', description: 'B2B people-based audiences', destinationType: 'PEOPLE_BASED', category: 'INTEGRATED_PLATFORMS', partner: 'LINKEDIN', platform: 'LinkedIn' },
  S2S(1016, 'Adobe Target', { category: 'ADOBE_EXPERIENCE_CLOUD', description: 'Shared audiences for Adobe Target activities', platform: 'ALL', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['ONSITE_PERSONALIZATION'] }),
  S2S(1017, 'Adobe Advertising Cloud', { category: 'ADOBE_EXPERIENCE_CLOUD', description: 'DSP audiences for Advertising Cloud', platform: 'ALL', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['OFFSITE_ADVERTISING'] }),
  { destinationId: 1018, name: 'Adobe Analytics – EU Report Suite', description: 'Audience Analytics for the EU report suite', destinationType: 'ANALYTICS', category: 'ADOBE_EXPERIENCE_CLOUD', platform: 'ALL', autoFillMapping: 'SEGMENT_ID' },
  COOKIE(1019, 'Google Ad Manager Cookie', 'single_key', 'gam_aam'),
  COOKIE(1020, 'Publisher Key-Value Cookie', 'key_value', 'pub_kv'),
  PLAIN_URL(1021, 'Google Ads Remarketing URL', 'Remarketing tag per segment (aam=<segment ID>)'),
  SERIAL_URL(1022, 'Criteo Pixel', 'px.criteo.example'),
  PLAIN_URL(1023, 'Email Service Provider Sync', 'Adds users to ESP lists by URL', { dataExportLabels: ['PII'] }),
  { destinationId: 1024, name: 'Pinterest Audiences', description: 'People-based audiences for Pinterest', destinationType: 'PEOPLE_BASED', category: 'INTEGRATED_PLATFORMS', platform: 'Pinterest' },
  { destinationId: 1025, name: 'Snap Audience Match', description: 'People-based audiences for Snapchat', destinationType: 'PEOPLE_BASED', category: 'INTEGRATED_PLATFORMS', platform: 'Snapchat' },
  S2S(1026, 'Xandr Invest S2S', { description: 'Batch S2S to Xandr Invest', platform: 'Xandr', autoFillMapping: 'INTEGRATION_CODE' }),
  SERIAL_URL(1027, 'Mobile App Push (iOS)', 'push.acme.example', { platform: 'iOS' }),
  SERIAL_URL(1028, 'Mobile App Push (Android)', 'push-android.acme.example', { platform: 'ANDROID' }),
  COOKIE(1029, 'Store Locator Cookie', 'single_key', 'store_seg'),
  S2S(1030, 'Adobe Campaign', { category: 'ADOBE_EXPERIENCE_CLOUD', description: 'Audiences for Adobe Campaign email journeys', platform: 'ALL', autoFillMapping: 'SEGMENT_ID', dataExportLabels: ['PII'] }),
  SERIAL_URL(1031, 'Amazon DSP Pixel', 'pixel.amazon-dsp.example', { autoFillMapping: 'INTEGRATION_CODE' }),
  PLAIN_URL(1032, 'Retargeting Sandbox', 'QA copy of the retargeting URL destination'),
  S2S(1033, 'Data Warehouse Export', { category: 'CUSTOM', description: 'Nightly S2S file to the Acme data warehouse', platform: 'ALL' }),
  COOKIE(1034, 'Content Recommendations Cookie', 'key_value', 'reco_kv', { dataExportLabels: ['ONSITE_PERSONALIZATION'] }),
  SERIAL_URL(1035, 'Audience Lab Test Destination', 'lab.acme.example', { autoFillMapping: 'SEGMENT_ID' }),
  { destinationId: 1036, name: 'Facebook Custom Audiences – EU', description: 'People-based audiences for EU markets', destinationType: 'PEOPLE_BASED', category: 'INTEGRATED_PLATFORMS', partner: 'FACEBOOK', platform: 'Facebook', dataExportLabels: ['OFFSITE_ADVERTISING'] },
  S2S(1037, 'LiveRamp Staging', { description: 'LiveRamp test account', partner: 'LIVERAMP', platform: 'LiveRamp', clientName: 'acmestaging03', autoFillMapping: 'SEGMENT_ID' }),
  PLAIN_URL(1038, 'Programmatic Deals URL (Legacy)', 'Legacy deal-ID pixel'),
  COOKIE(1039, 'Regional Sites Cookie', 'single_key', 'reg_seg'),
  { destinationId: 1040, name: 'Adobe Analytics – Mobile Apps', description: 'Audience Analytics for the app report suite', destinationType: 'ANALYTICS', category: 'ADOBE_EXPERIENCE_CLOUD', platform: 'ALL', autoFillMapping: 'SEGMENT_ID' },
]

/**
 * Destinations of a scenario: "typical" = 1001-1040, "large" adds URL and cookie fillers up to
 * AAM's 1,000-destination limit, "empty" = none.
 */
export function buildDestinations(scenario: DemoScenario): DestinationRecord[] {
  if (scenario === 'empty') return []
  const defs = [...NAMED]
  if (scenario === 'large') {
    for (let id = 1041; id < 2001; id++) {
      const n = String(id - 1040).padStart(3, '0')
      defs.push(id % 2
        ? PLAIN_URL(id, `Regional Pixel ${n}`, `URL destination for regional site ${n}`)
        : COOKIE(id, `Regional Cookie ${n}`, id % 4 ? 'single_key' : 'key_value', `reg_${n}`))
    }
  }
  return defs.map(destination)
}
