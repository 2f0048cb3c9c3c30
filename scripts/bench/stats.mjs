/** Summary statistics and the stdout table of `npm run bench`. */

/** Median of `values` (mean of the two middle values for an even count); null when empty. */
export function median(values) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Nearest-rank percentile `p` (0-100] of `values`: the ceil(p/100 * n)-th smallest; null when empty. */
export function percentile(values, p) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]
}

/** Rounds for display and JSON: ms and KB to 1 decimal, MB to 2. */
export function round(value, digits = 1) {
  if (value === null || value === undefined) return null
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/**
 * Formats `rows` (arrays of cells) as a plain-text table with a header row; numbers align right.
 */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => (c === null || c === undefined ? '-' : String(c))))
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)))
  const line = (r, isHeader) =>
    r.map((c, i) => (!isHeader && /^-?[\d.]+$/.test(c) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()
  return [line(all[0], true), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map((r) => line(r, false))].join('\n')
}
