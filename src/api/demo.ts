import { apiRequest } from './http'

/** Demo scenarios of the demo backend (product spec 4.3). */
export type DemoScenario = 'typical' | 'large' | 'empty'

/** `POST /__demo/reset`: replaces the demo data with a scenario's seed (demo backend only; 204). */
export function resetDemoData(scenario: DemoScenario = 'typical') {
  return apiRequest('/__demo/reset', { method: 'POST', body: { scenario } })
}
