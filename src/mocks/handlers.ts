import { demoControlHandlers } from './handlers/demo-control'
import { destinationHandlers } from './handlers/destinations'
import { malformedPathHandlers } from './handlers/malformed-path'
import { mappingHandlers } from './handlers/mappings'
import { segmentHandlers } from './handlers/segments'
import { userHandlers } from './handlers/users'

/**
 * Every request handler of the demo backend: the AAM REST API v1 shape under `/v1` (any origin,
 * with and without trailing slash) plus the demo control endpoints under `/__demo`.
 * Mapping routes come before `/v1/destinations/:destinationId` so that the more specific paths win;
 * the malformed-path guard comes first of all.
 */
export const handlers = [...malformedPathHandlers, ...userHandlers, ...mappingHandlers, ...destinationHandlers, ...segmentHandlers, ...demoControlHandlers]
