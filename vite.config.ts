import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import optimizeLocales from '@react-aria/optimize-locales-plugin'
import { contentSecurityPolicy } from './server/content-security-policy.ts'

/**
 * Puts the app's Content-Security-Policy (`server/content-security-policy.ts`) into the built
 * `index.html` as `<meta http-equiv="Content-Security-Policy">`, first in `<head>`, with the origin of
 * `VITE_API_BASE_URL` allowed for requests when it is absolute; and resolves `zod` to
 * `src/lib/zod-without-eval.ts` and `zod/mini` to `src/lib/zod-mini-without-eval.ts`, so neither
 * build of zod tries `new Function` under the policy. Build only: the dev server injects inline
 * scripts (React Refresh) that the policy would block.
 */
function contentSecurityPolicyMeta(): Plugin {
  let policy = ''
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod-without-eval.ts', import.meta.url)) },
          { find: /^zod\/mini$/, replacement: fileURLToPath(new URL('./src/lib/zod-mini-without-eval.ts', import.meta.url)) },
        ],
      },
    }),
    configResolved(config) {
      policy = contentSecurityPolicy({ apiBaseUrl: config.env.VITE_API_BASE_URL as string | undefined })
    },
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  }
}

/**
 * Leaves out the dark color scheme's CSS variables (`vars_spectrum-darkest.css`, ~2.4 KB gzip of the
 * first screen) that Spectrum's `defaultTheme` imports: the app always renders
 * `colorScheme="light"` (src/app/app-providers.tsx), so none of them ever applies. Build only (tests
 * keep the whole theme). Fails the build if the Spectrum module no longer has that import, so an
 * upgrade cannot silently bring the variables back or drop other ones.
 */
function spectrumLightColorSchemeOnly(): Plugin {
  const darkVariables = 'import "../vars_spectrum-darkest.css";'
  return {
    name: 'spectrum-light-color-scheme-only',
    apply: 'build',
    transform(code, id) {
      if (!/@adobe[\\/]react-spectrum[\\/]dist[\\/]private[\\/]theme-default[\\/]defaultTheme\.mjs$/.test(id)) return null
      if (!code.includes(darkVariables)) this.error(`${id} no longer has ${darkVariables}: update spectrumLightColorSchemeOnly in vite.config.ts`)
      return { code: code.replace(darkVariables, ''), map: null }
    },
  }
}

/**
 * Leaves zod's JSON Schema output (`toJSONSchema()`, `~standard.jsonSchema`; ~4 KB gzip of the chunk
 * that carries classic zod, loaded with forms, pages and the demo backend) out of the build: zod's
 * classic schemas wire it into every schema type, so tree-shaking alone never drops it, and the app
 * never asks a schema for JSON Schema. `zod/mini` (the first screen) needs no patch: its schemas do
 * not wire it in, so none of it reaches the first chunk. In the built app, calling
 * either throws "JSON Schema output is left out of this build." Keeps `aggregateChecks` (the
 * `minLength`, `maxValue`, `format`... getters read it). Build only (tests and the Node servers keep
 * all of zod). Fails the build if zod's module no longer has the imports it rewrites, so an upgrade
 * cannot silently bring the code back or break the getters.
 */
function zodWithoutJsonSchema(): Plugin {
  const processorsImport = 'import * as processors from "../core/json-schema-processors.js";'
  const toJsonSchemaImport = 'import { createStandardJSONSchemaMethod, createToJSONSchemaMethod } from "../core/to-json-schema.js";'
  return {
    name: 'zod-without-json-schema',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/.test(id)) return null
      for (const line of [processorsImport, toJsonSchemaImport]) {
        if (!code.includes(line)) this.error(`${id} no longer has ${line}: update zodWithoutJsonSchema in vite.config.ts`)
      }
      const out = code
        .replace(
          processorsImport,
          'import { aggregateChecks } from "../core/json-schema-processors.js";\n' +
            'const noJsonSchema = () => { throw new Error("JSON Schema output is left out of this build."); };',
        )
        .replace(toJsonSchemaImport, 'const createStandardJSONSchemaMethod = () => noJsonSchema;\nconst createToJSONSchemaMethod = () => noJsonSchema;')
        .replace(/\bprocessors\.aggregateChecks\b/g, 'aggregateChecks')
        .replace(/\bprocessors\.\w+Processor\b/g, 'noJsonSchema')
      const left = /(?<![\w$."/-])processors\.\w+/.exec(out)
      if (left) this.error(`${id} uses ${left[0]}, which zodWithoutJsonSchema does not handle: update it in vite.config.ts`)
      return { code: out, map: null }
    },
  }
}

/**
 * Fails the build when zod's classic build (`import ... from 'zod'`) lands in the entry chunk, the
 * JavaScript of the first screen: the modules there use `zod/mini` (~4 KB gzip less; see
 * `src/lib/zod-mini-without-eval.ts`), and classic zod belongs to the chunks loaded later (forms,
 * dialogs, lazy pages, the demo backend). The message names the first-chunk modules that import it.
 * Build only.
 */
function zodMiniOnFirstScreen(): Plugin {
  const classic = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]classic[\\/]/
  return {
    name: 'zod-mini-on-first-screen',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.moduleIds.some((id) => classic.test(id))) continue
        // In a build, `zod` resolves to src/lib/zod-without-eval.ts (contentSecurityPolicyMeta).
        const importers = chunk.moduleIds.filter(
          (id) =>
            !id.includes('node_modules') &&
            (this.getModuleInfo(id)?.importedIds ?? []).some((dep) => /[\\/]src[\\/]lib[\\/]zod-without-eval\.ts$/.test(dep) || classic.test(dep)),
        )
        this.error(`${chunk.fileName} (the first screen) contains classic zod; import 'zod/mini' in: ${importers.join(', ') || 'the modules that import zod'}`)
      }
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    // Spectrum ships every translation of its strings; the app is English only.
    optimizeLocales.vite({ locales: ['en-US'] }),
    contentSecurityPolicyMeta(),
    spectrumLightColorSchemeOnly(),
    zodWithoutJsonSchema(),
    zodMiniOnFirstScreen(),
  ],
  build: {
    rolldownOptions: {
      output: {
        // Everything the entry imports statically (React, router, query, zod, the app frame and the
        // destination list, the first screen) goes into one `app` chunk with one CSS file. Left to
        // itself, rolldown cuts it into a chunk per combination of importers (a dozen JS and CSS
        // files, each compressed on its own, ~20 KB more gzip). Lazy pages and dialogs still get
        // their own chunks and import what they share from `app`.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
})
