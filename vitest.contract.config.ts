import { defineConfig } from 'vitest/config'

/**
 * The contract suite (`contract/**`), run by `npm run test:contract -- --base-url URL`
 * (`scripts/test-contract.mjs` passes its options as CONTRACT_* variables and sets
 * VITE_API_BASE_URL so the real client in `src/api` talks to that URL). Plain Node, real network.
 */
export default defineConfig({
  test: {
    name: 'contract',
    environment: 'node',
    include: ['contract/**/*.test.ts'],
    testTimeout: Number(process.env.CONTRACT_TIMEOUT_MS || 30_000),
    hookTimeout: Number(process.env.CONTRACT_TIMEOUT_MS || 30_000),
    // One backend, one order: the write checks rely on what the read checks found.
    fileParallelism: false,
    sequence: { concurrent: false },
  },
})
