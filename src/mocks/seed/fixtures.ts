/**
 * Fixed facts of the demo seed that tests and other engineers rely on. Destination IDs and names are
 * a contract: keep them. Segment IDs below are what the deterministic seed produces for the
 * "typical" scenario (checked by `seed.test.ts`).
 */

/** Partner (company) ID of the demo account. */
export const DEMO_PID = 1234

/** Every seeded timestamp is this instant minus some offset (2025-01-06T09:00:00Z, epoch ms). */
export const SEED_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0)
export const DAY_MS = 86_400_000

/** PRNG seed number (mulberry32) of the whole workspace. */
export const SEED_NUMBER = 20250106

export const FIRST_SID = 10001
export const FIRST_MAPPING_ID = 500001
export const ROOT_FOLDER_ID = 0

/** Demo users (`Authorization: Bearer <token>`), see `users.ts`. */
export const USER_IDS = { marketer: 2101, care: 2102, viewer: 2103, analyst: 2104, admin: 2105 } as const

/** Data sources; three carry Data Export Controls. */
export const DATA_SOURCE_IDS = {
  web: 1100,
  mobileApp: 1101,
  /** "Offline CRM Onboarding": controls PII + OFFSITE_ADVERTISING. */
  crm: 1102,
  /** "Loyalty Program Partner": control ONSITE_PERSONALIZATION. */
  loyalty: 1103,
  iabFeed: 1104,
  mergeRule: 1105,
  /** "Publisher Second-Party Exchange": control ONSITE_ADVERTISING. */
  secondParty: 1106,
  analytics: 1107,
} as const

/** Destination IDs of the seed (names in `destinations.ts`). */
export const SEED_IDS = {
  LIVERAMP_AUTOFILL_ID: 1001,
  LIVERAMP_MANUAL_ID: 1002,
  SERIALIZED_URL_ID: 1003,
  PLAIN_URL_ID: 1004,
  COOKIE_SINGLE_KEY_ID: 1005,
  COOKIE_MULTI_KEY_ID: 1006,
  ANALYTICS_ID: 1007,
  FACEBOOK_ID: 1008,
  ONSITE_PERSONALIZATION_ID: 1009,
  EMPTY_DESTINATION_ID: 1010,
  FIRST_FILLER_ID: 1011,
  LAST_FILLER_ID: 1040,
} as const

export const LIVERAMP_AUTOFILL_ID = SEED_IDS.LIVERAMP_AUTOFILL_ID
export const LIVERAMP_MANUAL_ID = SEED_IDS.LIVERAMP_MANUAL_ID
export const EMPTY_DESTINATION_ID = SEED_IDS.EMPTY_DESTINATION_ID

/** Mapping count of destination 1001 in the "typical" scenario. */
export const LIVERAMP_AUTOFILL_MAPPING_COUNT = 150

/**
 * Segment facts of the "typical" seed (asserted by `seed.test.ts`; they change only if the taxonomy,
 * the PRNG seed or the generator changes).
 */
export const SEED_SEGMENTS = {
  /** Active, unblocked, in folder "/Demographic/Age Range", NOT mapped to 1001. */
  AGE_RANGE_UNMAPPED: [
    { sid: 10001, name: 'Age Range: 18-20' },
    { sid: 10003, name: 'Age Range: 21-24' },
    { sid: 10006, name: 'Age Range: 25-29' },
    { sid: 10007, name: 'Age Range: 30-34' },
    { sid: 10009, name: 'Age Range: 35-39' },
  ],
  /** Mapped to 1001 (traitAlias = sid). */
  AGE_RANGE_MAPPED: [
    { sid: 10012, name: 'Age Range: 45-49' },
    { sid: 10013, name: 'Age Range: 50-54' },
  ],
  AGE_RANGE_FOLDER_ID: 2,
  /** Blocked for 1001 (label OFFSITE_ADVERTISING): trait data source 1102 "Offline CRM Onboarding". */
  BLOCKED_FOR_1001: { sid: 10068, name: 'CRM - Household Income (USD): $40000 - $49999' },
  /** Blocked for 1009 (label ONSITE_PERSONALIZATION): trait data source 1103 "Loyalty Program Partner". */
  BLOCKED_FOR_1009: { sid: 10278, name: 'Loyalty - Life Sciences: Biology' },
  /** Active, unblocked, no integration code (refused by INTEGRATION_CODE auto-fill, e.g. 1003). */
  NO_INTEGRATION_CODE: { sid: 10007, name: 'Age Range: 30-34' },
  INACTIVE: { sid: 10026, name: 'Education (Highest Level): Secondary Education' },
  /** Hand-made names with accents, quotes, emoji and HTML-like text (folder "/Acme Custom Audiences/..."). */
  SPECIAL: {
    ACCENTS: { sid: 12303, name: 'Café & Pâtisserie Lovers – Montréal' },
    TILDE: { sid: 12304, name: 'Niños y Familia – España' },
    QUOTES: { sid: 12305, name: 'Shoppers who said "just browsing"' },
    EMOJI: { sid: 12306, name: '🎉 Holiday Party Planners' },
    BOLD: { sid: 12307, name: '<b>VIP</b> Loyalty Members' },
    SCRIPT: { sid: 12308, name: '<script>alert(1)</script> Test Segment' },
  },
  /** Segment of 1002's mapping "Acme Sports Fans". */
  SPORTS_BASEBALL: { sid: 10805, name: 'Sports: Baseball' },
} as const

/** Mapping counts per destination in "typical" (destinations not listed have none). */
export const SEED_MAPPING_COUNTS: Record<number, number> = {
  1001: 150, 1002: 4, 1003: 20, 1004: 10, 1005: 8, 1006: 8, 1007: 10, 1008: 5, 1009: 6,
  1011: 12, 1012: 8, 1014: 3, 1016: 5, 1017: 6, 1018: 4, 1019: 3, 1021: 3, 1022: 4, 1026: 2, 1028: 2,
  1030: 3, 1031: 3, 1034: 2, 1038: 1,
}
export const SEED_TOTALS = { segments: 2310, folders: 217, mappings: 282, destinations: 40, dataSources: 8 } as const
