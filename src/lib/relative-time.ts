const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
]

const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })

/**
 * How long ago the instant `epochMs` was, in words ("just now" under a minute, then "5 minutes
 * ago", "yesterday", "3 weeks ago"...); a future instant (clock skew) also reads "just now".
 * `now` (epoch ms) is for tests. A missing or non-finite time gives "at an unknown time".
 */
export function formatTimeAgo(epochMs: number | null | undefined, now: number = Date.now()): string {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return 'at an unknown time'
  const elapsed = now - epochMs
  if (elapsed < 60_000) return 'just now'
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return relative.format(-Math.floor(elapsed / size), unit)
  }
  return 'just now'
}
