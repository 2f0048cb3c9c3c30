/**
 * A small deterministic pseudo-random generator (mulberry32) for the demo seed. The seed never uses
 * `Math.random`, so two runs with the same seed number give deep-equal data.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability `p` (0-1). */
  chance(p: number): boolean
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T
  /** `count` distinct elements of `items` (all of them when fewer), in a random order. */
  sample<T>(items: readonly T[], count: number): T[]
}

/** Creates a mulberry32 generator from a 32-bit integer seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample: (items, count) => {
      const copy = [...items]
      const n = Math.min(count, copy.length)
      // Partial Fisher-Yates: only the first n slots are shuffled.
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1)
        ;[copy[i], copy[j]] = [copy[j], copy[i]]
      }
      return copy.slice(0, n)
    },
  }
}
