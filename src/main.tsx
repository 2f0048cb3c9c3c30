import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'

/**
 * Starts the in-browser demo backend (MSW) in the dev server and the `demo` build; resolves when it
 * answers, or when it failed to start (logged: the app still renders, and every request then shows
 * its own error state). A production build drops all of it.
 */
async function startDemoBackend() {
  // Spelled out (not DEMO_MODE from lib/env) so a production build folds the test to false and
  // drops the demo backend chunk entirely.
  if (import.meta.env.DEV || import.meta.env.MODE === 'demo') {
    try {
      const { startDemoBackend } = await import('./mocks/browser')
      await startDemoBackend()
    } catch (error) {
      console.error('The demo backend did not start', error)
    }
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')

void startDemoBackend().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
