import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { apiRequest } from './http'

/** Demo scenarios of the demo backend (product spec 4.3). */
export type DemoScenario = 'typical' | 'large' | 'empty'

/** The scenarios in menu order, with the words the reset dialog and its toast use. */
export const DEMO_SCENARIO_TEXT: Record<DemoScenario, { label: string; description: string }> = {
  typical: { label: 'Typical', description: 'The demo workspace: destinations of every kind, mappings, 2,000+ segments' },
  large: { label: 'Large', description: 'AAM limits: 20,000 segments, 1,000 destinations, 5,000 mappings on one destination' },
  empty: { label: 'Empty', description: 'No destinations or mappings; the segments stay' },
}

/** `POST /__demo/reset`: replaces the demo data with a scenario's seed (demo backend only; 204). */
export function resetDemoData(scenario: DemoScenario = 'typical') {
  return apiRequest('/__demo/reset', { method: 'POST', body: { scenario } })
}

/** HTTP methods a demo fault can apply to. */
export const FAULT_METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const
export type FaultMethod = (typeof FAULT_METHODS)[number]

/** Upper bound of the simulated latency, in milliseconds (product spec 4.4). */
export const MAX_FAULT_LATENCY_MS = 10_000

/**
 * Body of `PUT /__demo/faults` and answer of `GET /__demo/faults` (product spec 4.4): matching `/v1`
 * requests wait `latencyMs` (0-10,000 ms, whole), then fail with 500 or 503 at `errorRate` (0-1), or
 * fail as a network error while `offline`. `methods` (at least one; repeats dropped) says which
 * requests match. Omitted fields take the "no fault" value; unknown fields are refused.
 */
export const demoFaultsSchema = z.strictObject({
  latencyMs: z._default(
    z.number({ error: 'latencyMs must be a number of milliseconds.' }).check(
      z.int({ error: 'latencyMs must be a whole number of milliseconds.' }),
      z.minimum(0, { error: `latencyMs must be from 0 to ${MAX_FAULT_LATENCY_MS}.` }),
      z.maximum(MAX_FAULT_LATENCY_MS, { error: `latencyMs must be from 0 to ${MAX_FAULT_LATENCY_MS}.` }),
    ),
    0,
  ),
  errorRate: z._default(
    z.number({ error: 'errorRate must be a number from 0 to 1.' }).check(
      z.minimum(0, { error: 'errorRate must be from 0 to 1 (0.3 = 30% of requests fail).' }),
      z.maximum(1, { error: 'errorRate must be from 0 to 1 (0.3 = 30% of requests fail).' }),
    ),
    0,
  ),
  methods: z._default(
    z.pipe(
      z
        .array(z.enum(FAULT_METHODS, { error: `Use ${FAULT_METHODS.join(', ')}.` }), { error: 'methods must be a list such as ["POST"].' })
        .check(z.minLength(1, { error: 'Choose at least one method.' })),
      z.transform((methods: FaultMethod[]) => FAULT_METHODS.filter((m) => methods.includes(m))),
    ),
    [...FAULT_METHODS],
  ),
  offline: z._default(z.boolean({ error: 'offline must be true or false.' }), false),
})
export type DemoFaults = z.output<typeof demoFaultsSchema>
/** What `PUT /__demo/faults` accepts (every field optional). */
export type DemoFaultsInput = z.input<typeof demoFaultsSchema>

/** No faults: what `DELETE /__demo/faults` restores. */
export const NO_FAULTS: DemoFaults = { latencyMs: 0, errorRate: 0, methods: [...FAULT_METHODS], offline: false }

/** True when the settings change anything: some latency, a non-zero error rate, or offline. */
export function hasFaults(faults: DemoFaults): boolean {
  return faults.methods.length > 0 && (faults.latencyMs > 0 || faults.errorRate > 0 || faults.offline)
}

/**
 * The settings in words, for the header badge: "200 ms latency, 30% of requests fail (POST/PUT/DELETE
 * only)", "offline" (it wins over latency and errors), "" when there are no faults.
 */
export function describeFaults(faults: DemoFaults): string {
  if (!hasFaults(faults)) return ''
  const scope = faults.methods.length === FAULT_METHODS.length ? '' : ` (${faults.methods.join('/')} only)`
  if (faults.offline) return `offline${scope}`
  const parts: string[] = []
  if (faults.latencyMs > 0) parts.push(`${faults.latencyMs.toLocaleString('en-US')} ms latency`)
  if (faults.errorRate > 0) parts.push(`${Math.round(faults.errorRate * 1000) / 10}% of requests fail`)
  return parts.join(', ') + scope
}

/** `GET /__demo/faults`: the demo backend's fault settings (demo backend only). */
export function fetchDemoFaults(signal?: AbortSignal) {
  return apiRequest('/__demo/faults', { schema: demoFaultsSchema, signal })
}

/** `PUT /__demo/faults`: replaces the fault settings; answers with them. @throws ApiError 400 VALIDATION_FAILED with details */
export function putDemoFaults(faults: DemoFaultsInput) {
  return apiRequest('/__demo/faults', { method: 'PUT', body: faults, schema: demoFaultsSchema })
}

/** `DELETE /__demo/faults`: back to no faults (204). */
export function clearDemoFaults() {
  return apiRequest('/__demo/faults', { method: 'DELETE' })
}

/** Query of the demo backend's fault settings (demo mode only). */
export const demoQueries = {
  faults: () =>
    queryOptions({
      queryKey: ['demo', 'faults'] as const,
      queryFn: ({ signal }) => fetchDemoFaults(signal),
      staleTime: Infinity,
    }),
}
