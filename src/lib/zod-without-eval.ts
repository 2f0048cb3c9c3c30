import { config } from 'zod/v4'

/**
 * Zod without its `new Function` fast path, for the built app: `vite.config.ts` resolves every
 * `import ... from 'zod'` of a build to this module. The app's Content-Security-Policy (script-src
 * 'self', no 'unsafe-eval'; server/content-security-policy.ts) refuses eval, and zod's probe for it
 * would be reported as a `securitypolicyviolation`. Zod decides when an object schema is created, so
 * the setting must come before every schema module; being the module they import guarantees that,
 * whatever chunks the bundler makes.
 */
config({ jitless: true })

export * from 'zod/v4'
export { default } from 'zod/v4'
