import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server } from '../mocks/node'
import { resetDemoDb } from '../mocks/db'
import { setAccessToken } from '../api/http'

// jsdom has no layout: give elements a size so Spectrum's virtualizer renders a window of rows.
vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => 1000)
vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => 800)
// jsdom's screen.width is 0, which Spectrum treats as a phone (trays instead of popovers).
Object.defineProperty(window.screen, 'width', { configurable: true, get: () => 1280 })
// TanStack Router's scroll restoration calls scrollTo, which jsdom does not implement.
window.scrollTo = () => {}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetDemoDb('typical')
  setAccessToken('demo-marketer')
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())
