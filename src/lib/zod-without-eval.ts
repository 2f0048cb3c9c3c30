import { config } from 'zod/v4/core'

/**
 * Zod without its `new Function` fast path, for the built app: `vite.config.ts` resolves every
 * `import ... from 'zod'` of a build to this module (and `zod/mini` to `zod-mini-without-eval.ts`).
 * The app's Content-Security-Policy (script-src 'self', no 'unsafe-eval';
 * server/content-security-policy.ts) refuses eval, and zod's probe for it would be reported as a
 * `securitypolicyviolation`. Zod decides when an object schema is created, so the setting must come
 * before every schema module; being the module they import guarantees that, whatever chunks the
 * bundler makes. The setting is made through `zod/v4/core`, which both builds share (one global
 * config), so this module does not pull zod's light build in, nor the light one this build.
 */
config({ jitless: true })

export * from 'zod/v4'
export { default } from 'zod/v4'
