import type { SpectrumToastOptions } from '@adobe/react-spectrum'
import { onDemand } from '../features/session/on-demand'

/**
 * Spectrum's toast module (`ToastQueue`, `ToastContainer`), fetched the first time a toast is shown
 * or once the first screen has settled (`ToastRegion`), not with the first screen.
 */
export const toastModule = /* @__PURE__ */ onDemand(() => import('./toast-module'))

/**
 * The event Spectrum's `ToastQueue` dispatches on `window` before it queues a toast (React Spectrum
 * 3, `ToastContainer.mjs`): `ToastRegion` listens for it, so toasts queued by code that imports
 * Spectrum's `ToastQueue` itself (the lazy pages) also bring the region in.
 */
export const SPECTRUM_TOAST_EVENT = 'react-spectrum-toast'

type Variant = 'positive' | 'negative' | 'info' | 'neutral'

/** Queues a toast once Spectrum's toast module is there; the returned function closes it (or drops it if not shown yet). */
function show(variant: Variant, children: string, options?: SpectrumToastOptions): () => void {
  let close: (() => void) | undefined
  let dropped = false
  toastModule.load().then(
    (module) => {
      if (!dropped) close = module.ToastQueue[variant](children, options)
    },
    // Only when the module itself cannot be fetched (it is fetched ahead once the first screen has settled).
    (error: unknown) => console.error(`Could not show the message "${children}"`, error),
  )
  return () => {
    dropped = true
    close?.()
  }
}

/**
 * Spectrum's `ToastQueue` for code of the first screen (header, list, query client): the same calls
 * (`positive`, `negative`, `info`, `neutral`; text and `SpectrumToastOptions` such as `timeout` in
 * ms, `onClose`, `actionLabel` / `onAction`), each returning a function that closes the toast. The
 * toast shows as soon as Spectrum's toast module is there (at once once it was fetched). Lazy pages
 * may import Spectrum's `ToastQueue` directly: `ToastRegion` shows theirs too.
 */
export const ToastQueue = {
  positive: (children: string, options?: SpectrumToastOptions) => show('positive', children, options),
  negative: (children: string, options?: SpectrumToastOptions) => show('negative', children, options),
  info: (children: string, options?: SpectrumToastOptions) => show('info', children, options),
  neutral: (children: string, options?: SpectrumToastOptions) => show('neutral', children, options),
}
