import { z } from 'zod/mini'

/** A calendar day on the wire, `yyyy-mm-dd`, always meant as a UTC day (AAM API guide, "Map segments"). */
export const isoDay = z.iso.date({ error: 'Use a date in the form yyyy-mm-dd.' })

/** Epoch milliseconds, as AAM sends `createTime` / `updateTime`. */
export const epochMs = z.number().check(z.int())

/**
 * `schema` (a zod number, classic or mini) that also reads a string of digits, as query strings and
 * proxies send numbers. Unlike `z.coerce.number()`, booleans, arrays, blanks and null stay refused
 * (no `true` -> 1, `[5]` -> 5 or `""` -> 0). Returns a `zod/mini` pipe, the same thing classic
 * `z.preprocess(fn, schema)` builds.
 */
export function wireNumber<S extends z.core.$ZodNumber<number>>(schema: S) {
  return z.pipe(z.transform((v: unknown) => (typeof v === 'string' && /^\s*\d{1,15}\s*$/.test(v) ? Number(v) : v)), schema)
}

/** Integer IDs: AAM sends numbers; tolerate numeric strings from query strings and proxies. */
export const intId = wireNumber(z.number().check(z.int(), z.nonnegative()))

/** Control characters (C0, DEL, C1) are never valid inside user-typed values. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/

/**
 * True for an absolute `http://` or `https://` address with a host, as typed: no other scheme
 * (`javascript:`, `data:`, `ftp:`), no protocol-relative `//host`, no white space, backslash or
 * control character anywhere (browsers drop those silently, which hides tricks), and WHATWG-parsable.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#\\]+[^\s\\]*$/i.test(value) || CONTROL_CHARS.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The message of a refused URL (Base URL, Secure URL, mapping URL), shown on that field. */
export const HTTP_URL_MESSAGE = 'Enter a full http:// or https:// address, without spaces or control characters; other schemes such as javascript: are not allowed.'

/** Longest name AAM documents (segment name, integration code): 255 characters. */
export const NAME_MAX_LENGTH = 255
export const DESCRIPTION_MAX_LENGTH = 1000
