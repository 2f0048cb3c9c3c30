/**
 * Every schema and type of the AAM API in one import. Code of the first screen (the destination
 * list: `api/http.ts`, `api/users.ts`, `api/destinations.ts`, `features/destinations/destination-text.ts`)
 * imports values from the schema modules themselves instead: this barrel would put every schema
 * module, the write rules of `destination-write.ts` included, into the app's first chunk (~2 KB
 * gzip). Type-only imports from here cost nothing.
 */
export * from './common'
export * from './error'
export * from './paging'
export * from './labels'
export * from './mapping'
export * from './destination'
export * from './segment'
export * from './folder'
export * from './data-source'
export * from './user'
export * from './destination-write'
export * from './site-ids'
