import { z } from 'zod'

/** A calendar day on the wire, `yyyy-mm-dd`, always meant as a UTC day (AAM API guide, "Map segments"). */
export const isoDay = z.iso.date({ error: 'Use a date in the form yyyy-mm-dd.' })

/** Epoch milliseconds, as AAM sends `createTime` / `updateTime`. */
export const epochMs = z.number().int()

/** Integer IDs: AAM sends numbers; tolerate numeric strings from query strings and proxies. */
export const intId = z.coerce.number().int().nonnegative()

/** Control characters (C0, DEL, C1) are never valid inside user-typed values. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/

/** Longest name AAM documents (segment name, integration code): 255 characters. */
export const NAME_MAX_LENGTH = 255
export const DESCRIPTION_MAX_LENGTH = 1000
