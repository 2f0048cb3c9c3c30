import { HttpResponse } from 'msw'
import { z } from 'zod'
import { demoFaultsSchema } from '../../api/demo'
import { resetDemoDb, saveDemoDb } from '../db'
import { clearFaults, currentFaults, setFaults } from '../faults'
import { DEMO_SCENARIOS } from '../types'
import { endpoint, noContent, parse, readJson } from './support'

const resetBody = z.object({ scenario: z.enum(DEMO_SCENARIOS).default('typical') })

/**
 * Demo control endpoints (product spec 4.4; demo backend only, no token needed, never faulted):
 * - `POST /__demo/reset` `{ scenario: "typical" | "large" | "empty" }` (empty body = "typical")
 *   -> 204 after the seed is in place (and saved to IndexedDB in a browser); 400 for another scenario.
 *   Fault settings stay as they are.
 * - `GET /__demo/faults` -> 200 `{ latencyMs, errorRate, methods, offline }`, the settings in force.
 * - `PUT /__demo/faults` with that shape (omitted fields = no fault, see `demoFaultsSchema`) -> 200
 *   with the stored settings; 400 VALIDATION_FAILED with field details otherwise. Kept in memory and
 *   in localStorage (`aam-demo-faults`), so they survive a reload; `../faults.ts` applies them.
 * - `DELETE /__demo/faults` -> 204, no faults any more.
 */
export const demoControlHandlers = [
  ...endpoint('post', '/__demo/reset', { public: true }, async ({ request }) => {
    // An empty body means "typical" (handy for `curl -X POST` and Playwright's request.post).
    const body = (await request.clone().text()).trim() ? await readJson(request) : {}
    const { scenario } = parse(resetBody, body)
    resetDemoDb(scenario)
    await saveDemoDb()
    return noContent()
  }),
  ...endpoint('get', '/__demo/faults', { public: true }, () => HttpResponse.json(currentFaults())),
  ...endpoint('put', '/__demo/faults', { public: true }, async ({ request }) => {
    setFaults(parse(demoFaultsSchema, await readJson(request)))
    return HttpResponse.json(currentFaults())
  }),
  ...endpoint('delete', '/__demo/faults', { public: true }, () => {
    clearFaults()
    return noContent()
  }),
]
