import { z } from 'zod'
import { resetDemoDb, saveDemoDb } from '../db'
import { DEMO_SCENARIOS } from '../types'
import { endpoint, noContent, parse, readJson } from './support'

const resetBody = z.object({ scenario: z.enum(DEMO_SCENARIOS).default('typical') })

/**
 * Demo control endpoints (product spec 4.4; demo backend only, no token needed):
 * - `POST /__demo/reset` `{ scenario: "typical" | "large" | "empty" }` (empty body = "typical")
 *   -> 204 after the seed is in place (and saved to IndexedDB in a browser); 400 for another scenario.
 * Fault injection (`PUT` / `DELETE /__demo/faults`) will live here too, driving `../faults.ts`.
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
]
