import { setupWorker } from 'msw/browser'
import { followOtherTabs, loadDemoDb } from './db'
import { handlers } from './handlers'

/**
 * Starts the in-browser demo backend: loads the saved demo data from IndexedDB (or seeds
 * "typical"), then registers the MSW service worker (`public/mockServiceWorker.js`, under Vite's
 * base URL). Requests nobody handles go to the network. Resolves once requests are intercepted.
 */
export async function startDemoBackend(): Promise<void> {
  await loadDemoDb()
  followOtherTabs()
  const worker = setupWorker(...handlers)
  const options = {
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  } as const
  await worker.start(options)

  // msw 2.15 tells its worker that the page is gone on every `beforeunload`, even when the page
  // cancels it (the user chose "Stay" on an unsaved-changes prompt); from then on every request
  // would bypass the demo backend. A timer only runs if the page is still alive, so restart then.
  let restarting = false
  window.addEventListener('beforeunload', () => {
    if (restarting) return
    restarting = true
    window.setTimeout(() => {
      worker.stop()
      void worker.start(options).finally(() => {
        restarting = false
      })
    }, 0)
  })
}
