import { setupWorker } from 'msw/browser'
import { loadDemoDb } from './db'
import { handlers } from './handlers'

/**
 * Starts the in-browser demo backend: loads the saved demo data from IndexedDB (or seeds
 * "typical"), then registers the MSW service worker (`public/mockServiceWorker.js`, under Vite's
 * base URL). Requests nobody handles go to the network. Resolves once requests are intercepted.
 */
export async function startDemoBackend(): Promise<void> {
  await loadDemoDb()
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
