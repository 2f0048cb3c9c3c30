import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'

async function startDemoBackend() {
  // Spelled out (not DEMO_MODE from lib/env) so a production build folds the test to false and
  // drops the demo backend chunk entirely.
  if (import.meta.env.DEV || import.meta.env.MODE === 'demo') {
    const { startDemoBackend } = await import('./mocks/browser')
    await startDemoBackend()
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')

void startDemoBackend()
  .catch((error: unknown) => {
    // The app still renders; every request then shows its own error state.
    console.error('The demo backend did not start', error)
  })
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
