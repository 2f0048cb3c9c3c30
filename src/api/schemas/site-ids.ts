import { z } from 'zod'

/** At most this many site IDs per cookie destination [INF: AAM states no limit]. */
export const MAX_SITE_IDS = 1000

const isSiteId = (id: unknown): id is number => typeof id === 'number' && Number.isSafeInteger(id) && id > 0

/**
 * Cookie "Publish Data To" domains (`siteIDs`, AAM: integer site IDs): positive whole numbers, each
 * once, at most `MAX_SITE_IDS`. Every problem is reported on the list itself (path `siteIDs`), so
 * the form shows it under its one "Site IDs" input.
 */
export const siteIdsSchema = z
  .array(z.unknown(), { error: 'Send the site IDs as a list of numbers.' })
  .superRefine((ids, ctx) => {
    const bad = ids.filter((id) => !isSiteId(id)).map((id) => (typeof id === 'string' ? id : JSON.stringify(id)))
    const dupes = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))]
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `Site IDs are positive whole numbers; ${bad.slice(0, 3).map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not.` })
    } else if (dupes.length) {
      ctx.addIssue({ code: 'custom', message: `Enter each site ID once; ${dupes.slice(0, 3).join(', ')} ${dupes.length === 1 ? 'is' : 'are'} repeated.` })
    } else if (ids.length > MAX_SITE_IDS) {
      ctx.addIssue({ code: 'custom', message: `Enter at most ${MAX_SITE_IDS} site IDs.` })
    }
  })
  .transform((ids) => ids as number[])

/** Text of the "Site IDs" input as the list the schema checks: numbers where the token is digits, else the token. */
export function parseSiteIdsText(text: string): (number | string)[] | null {
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '')
  if (tokens.length === 0) return null
  return tokens.map((t) => (/^\d{1,15}$/.test(t) ? Number(t) : t))
}
