import { HttpResponse } from 'msw'
import { demoFaultsSchema, hasFaults, NO_FAULTS, type DemoFaults, type FaultMethod } from '../api/demo'

/**
 * localStorage key of the fault settings. They sit next to the demo data (IndexedDB key
 * `aam-demo-db`) but in localStorage, so the first request after a reload can read them
 * synchronously; `POST /__demo/reset` leaves them alone.
 */
export const DEMO_FAULTS_KEY = 'aam-demo-faults'

let current: DemoFaults | null = null
let random: () => number = Math.random

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // Storage blocked (privacy mode, Node without --localstorage-file).
  }
}

function noFaults(): DemoFaults {
  return { ...NO_FAULTS, methods: [...NO_FAULTS.methods] }
}

function loadStored(): DemoFaults {
  try {
    const text = storage()?.getItem(DEMO_FAULTS_KEY)
    if (text) {
      const parsed = demoFaultsSchema.safeParse(JSON.parse(text))
      if (parsed.success) return parsed.data
    }
  } catch {
    // Unreadable or not JSON: start without faults.
  }
  return noFaults()
}

// Another tab of the demo changed the settings: read them again on the next request.
if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
  window.addEventListener('storage', (event) => {
    if (event.key === DEMO_FAULTS_KEY || event.key === null) current = null
  })
}

/** The fault settings in force: from memory, else from localStorage, else none. Never throws. */
export function currentFaults(): DemoFaults {
  return (current ??= loadStored())
}

/** Replaces the fault settings (memory and localStorage; storage failures keep them in memory only). */
export function setFaults(faults: DemoFaults): void {
  current = { ...faults, methods: [...faults.methods] }
  try {
    storage()?.setItem(DEMO_FAULTS_KEY, JSON.stringify(current))
  } catch {
    // Storage full or blocked: the settings last until the page reloads.
  }
}

/** Back to no faults, in memory and in localStorage. */
export function clearFaults(): void {
  current = noFaults()
  try {
    storage()?.removeItem(DEMO_FAULTS_KEY)
  } catch {
    // Nothing stored that could be removed.
  }
}

/**
 * Replaces the random source (values in [0, 1), like Math.random) that decides which requests fail
 * and whether with 500 or 503; tests pass a fixed sequence. Without an argument: Math.random again.
 */
export function setFaultRandomSource(source: () => number = Math.random): void {
  random = source
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

const FAILURES = {
  500: 'Simulated server failure (demo Network conditions). Nothing was changed; try again.',
  503: 'Service temporarily unavailable (simulated by the demo Network conditions). Nothing was changed; try again.',
} as const

/**
 * Fault injection for one `/v1` request (product spec 4.4), run before authentication and before
 * the handler, so a failed write changes nothing. A request whose method is not in the settings'
 * `methods` passes untouched. Otherwise: `offline` answers at once with a network error
 * (`HttpResponse.error()`); else the request waits `latencyMs`, then fails at `errorRate` with 500 or
 * 503 (one random draw each: `draw < errorRate` fails, then `draw < 0.5` picks 500) and the body
 * `{ code: "SERVER_ERROR", message }`.
 * @returns a Response to answer with instead of the handler, or undefined to go on.
 */
export async function applyFaults(request: Request): Promise<Response | undefined> {
  const faults = currentFaults()
  if (!hasFaults(faults) || !faults.methods.includes(request.method.toUpperCase() as FaultMethod)) return undefined
  if (faults.offline) return HttpResponse.error()
  if (faults.latencyMs > 0) await sleep(faults.latencyMs)
  if (faults.errorRate > 0 && random() < faults.errorRate) {
    const status = random() < 0.5 ? 500 : 503
    return HttpResponse.json({ code: 'SERVER_ERROR', message: FAILURES[status] }, { status })
  }
  return undefined
}
