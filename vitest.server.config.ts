import { defineConfig } from 'vitest/config'

/**
 * Tests of the Node servers (`server/**`): the credential proxy against local stand-ins for Adobe
 * IMS and AAM on 127.0.0.1, the configuration checks and the demo API over HTTP. Plain Node, real
 * sockets, no MSW interception (unlike `vitest.config.ts`).
 */
export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    include: ['server/**/*.test.ts'],
    testTimeout: 15_000,
  },
})
