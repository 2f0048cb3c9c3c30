import { formatDistanceStrict } from 'date-fns'

/**
 * How long ago the instant `epochMs` was, in words: "just now" under a minute (and for a future
 * instant, i.e. clock skew), then date-fns' strict distance rounded down: "5 minutes ago",
 * "2 hours ago", "3 days ago", "1 year ago". `now` (epoch ms) is for tests. A missing or non-finite
 * time gives "at an unknown time".
 */
export function formatTimeAgo(epochMs: number | null | undefined, now: number = Date.now()): string {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return 'at an unknown time'
  if (now - epochMs < 60_000) return 'just now'
  return formatDistanceStrict(epochMs, now, { addSuffix: true, roundingMethod: 'floor' })
}
