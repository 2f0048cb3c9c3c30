import { todayUtc } from '../../lib/dates'
import type { DemoScenario, DemoState } from '../types'
import { buildCatalog, buildDataSources } from './catalog'
import { buildDestinations } from './destinations'
import { DEMO_DB_VERSION } from './version'
import { buildMappings } from './mappings'
import { createRng } from './prng'
import { FIRST_MAPPING_ID, SEED_IDS, SEED_NUMBER } from './fixtures'

/**
 * Builds the demo workspace for `scenario` (product spec 4.3), deterministically: the same scenario
 * and `today` (UTC `yyyy-mm-dd`, used only for mapping dates) always give deep-equal data.
 * "typical": ~2,300 segments, destinations 1001-1040, ~280 mappings. "large": 20,000 segments,
 * 1,000 destinations, destination 1001 with 5,000 mappings. "empty": folders, segments and data
 * sources of "typical" but no destinations and no mappings.
 */
export function buildSeed(scenario: DemoScenario, today: string = todayUtc()): DemoState {
  const rng = createRng(SEED_NUMBER + (scenario === 'large' ? 1 : 0))
  const dataSources = buildDataSources()
  const catalog = buildCatalog(rng, scenario)
  const destinations = buildDestinations(scenario)
  const byId = new Map(dataSources.map((d) => [d.dataSourceId, d]))
  const mappings = buildMappings(rng, scenario, destinations, catalog.segments, byId, today)
  const lastMapping = mappings.length ? mappings[mappings.length - 1].mappingId : FIRST_MAPPING_ID - 1
  const lastDestination = destinations.length ? destinations[destinations.length - 1].destinationId : 0
  return {
    version: DEMO_DB_VERSION,
    scenario,
    destinations,
    mappings,
    segments: catalog.segments,
    folders: catalog.folders,
    dataSources,
    counters: {
      destinationId: Math.max(lastDestination, SEED_IDS.LAST_FILLER_ID) + 1,
      mappingId: lastMapping + 1,
      sid: catalog.nextSid,
      folderId: catalog.nextFolderId,
    },
  }
}
