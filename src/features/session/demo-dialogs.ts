import { describeError } from '../../components/error-message'
import { ToastQueue } from '../../components/toast-queue'
import { onDemand } from './on-demand'

// Each import() is behind the demo test spelled out (not DEMO_MODE from lib/env): a production build
// folds it to false in this module, so rolldown never sees the import and emits no chunk for it
// (DEMO_MODE is only inlined after the chunks are decided).
const notInProduction = () => Promise.reject(new Error('The demo dialogs exist in demo mode only.'))

/** The demo's "Network conditions" dialog module, fetched when the menu or the header badge opens it. */
export const networkConditionsDialog = /* @__PURE__ */ onDemand(() =>
  import.meta.env.DEV || import.meta.env.MODE === 'demo' ? import('./network-conditions-dialog') : notInProduction(),
)

/** The demo's "Reset demo data" dialog module, fetched when the current-user menu opens it. */
export const resetDemoDataDialog = /* @__PURE__ */ onDemand(() =>
  import.meta.env.DEV || import.meta.env.MODE === 'demo' ? import('./reset-demo-data-dialog') : notInProduction(),
)

/**
 * Loads a demo dialog's module, then calls `open`. When the module cannot be fetched (connection
 * lost, or the app was updated and the old file is gone) a toast says so, e.g. "Could not open
 * Network conditions. Failed to fetch… Check the connection, or reload the page."; nothing opens.
 */
export function openDemoDialog(dialog: { load(): Promise<unknown> }, title: string, open: () => void): void {
  dialog.load().then(open, (error: unknown) => {
    ToastQueue.negative(`Could not open ${title}. ${describeError(error).message} Check the connection, or reload the page.`, { timeout: 8000 })
  })
}

/** Starts fetching the demo dialogs (e.g. when the menu opens), so they open at once; errors wait for the real open. */
export function preloadDemoDialogs(): void {
  for (const dialog of [networkConditionsDialog, resetDemoDataDialog]) dialog.load().catch(() => undefined)
}
