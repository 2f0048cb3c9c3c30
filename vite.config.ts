import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import optimizeLocales from '@react-aria/optimize-locales-plugin'
import { contentSecurityPolicy } from './server/content-security-policy.ts'

/**
 * Puts the app's Content-Security-Policy (`server/content-security-policy.ts`) into the built
 * `index.html` as `<meta http-equiv="Content-Security-Policy">`, first in `<head>`, with the origin of
 * `VITE_API_BASE_URL` allowed for requests when it is absolute; and resolves `zod` to
 * `src/lib/zod-without-eval.ts`, so zod never tries `new Function` under the policy. Build only: the
 * dev server injects inline scripts (React Refresh) that the policy would block.
 */
function contentSecurityPolicyMeta(): Plugin {
  let policy = ''
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    config: () => ({
      resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod-without-eval.ts', import.meta.url)) }] },
    }),
    configResolved(config) {
      policy = contentSecurityPolicy({ apiBaseUrl: config.env.VITE_API_BASE_URL as string | undefined })
    },
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  }
}

export default defineConfig({
  plugins: [
    react(),
    // Spectrum ships every translation of its strings; the app is English only.
    optimizeLocales.vite({ locales: ['en-US'] }),
    contentSecurityPolicyMeta(),
  ],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
})
