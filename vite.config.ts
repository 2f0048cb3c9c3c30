import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import optimizeLocales from '@react-aria/optimize-locales-plugin'

export default defineConfig({
  plugins: [
    react(),
    // Spectrum ships every translation of its strings; the app is English only.
    optimizeLocales.vite({ locales: ['en-US'] }),
  ],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
})
