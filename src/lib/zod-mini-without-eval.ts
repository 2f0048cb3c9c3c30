import { config } from 'zod/v4/core'

/**
 * `zod/mini` (zod's light build, functional API) for the built app: `vite.config.ts` resolves every
 * `import ... from 'zod/mini'` of a build to this module, as it resolves `zod` to
 * `zod-without-eval.ts`, and the modules of the first screen (`src/api/schemas/{common,error,paging,
 * labels,mapping,destination,user}.ts`, `api/http.ts`, `api/demo.ts`, the destination list's search
 * params) import it, so the app's first chunk carries no classic zod (the `zodMiniOnFirstScreen` build
 * check). Sets `jitless` like the classic alias, through `zod/v4/core` (one global config for both
 * builds, and neither alias pulls the other build in): in zod 4.6.7 mini object schemas do not use
 * the `new Function` fast path or its eval probe (only classic ones do), but the setting then holds
 * from the first schema module on whichever build a chunk loads first, and an upgrade that gives mini
 * the fast path cannot break the Content-Security-Policy (no 'unsafe-eval').
 *
 * Mini loads no locale: until a classic schema has been made (classic sets English on its first
 * one), an issue without a message of its own reads "Invalid input". The first screen shows none of
 * those messages (`apiRequest` reports only the path of a response that does not parse).
 */
config({ jitless: true })

export * from 'zod/v4/mini'
