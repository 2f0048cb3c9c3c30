/**
 * Every schema and type of the AAM API in one import. Code of the first screen (the destination
 * list: `api/http.ts`, `api/users.ts`, `api/destinations.ts`, `features/destinations/destination-text.ts`)
 * imports values from the schema modules themselves instead: this barrel would put every schema
 * module, the write rules of `destination-write.ts` included, into the app's first chunk (~2 KB
 * gzip). Type-only imports from here cost nothing.
 *
 * The schema modules of the first screen (`common`, `error`, `paging`, `labels`, `mapping`,
 * `destination`, `user`) are written with `zod/mini`, so that chunk carries no classic zod (the build
 * fails otherwise: `zodMiniOnFirstScreen` in vite.config.ts). Their schemas have no chained methods:
 * code that builds on them uses zod's functions (`z.optional(s)`, `z.nullish(s)`, `z._default(s, v)`,
 * `s.check(z.refine(...))`, `z.object({ ...s.shape, ... })`, `z.safeParse(s, v)`); `.parse` and
 * `.safeParse` work on both builds.
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
