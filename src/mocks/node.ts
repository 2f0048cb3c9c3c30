import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The demo backend for Vitest / Node (msw/node); `src/test/setup.ts` starts and stops it. */
export const server = setupServer(...handlers)
