import { defineConfig } from 'vite'

/**
 * Builds the Node servers into `dist-server/` (`npm run build:server`): `demo-api.js` (the demo
 * backend over HTTP; Vite resolves the `?raw` seed import) and `server.js` (the live server:
 * built app + AAM credential proxy). Packages stay external and load from node_modules.
 */
export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-server',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      input: { 'demo-api': 'server/demo-api-main.ts', server: 'server/live-main.ts' },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
