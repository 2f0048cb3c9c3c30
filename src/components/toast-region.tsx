import { useIsFetching } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { whenIdle } from '../lib/when-idle'
import { SPECTRUM_TOAST_EVENT, toastModule } from './toast-queue'

/**
 * The app's one toast region: Spectrum's `ToastContainer`, fetched on demand (`toast-queue.ts`) and
 * rendered once it is there. It is fetched with the first toast, queued through `ToastQueue` of
 * `toast-queue.ts` or Spectrum's own; and, while the browser is idle, as soon as the first screen's
 * requests are done (no query fetching after at least one did), so that a later toast such as
 * "Check the connection" shows even once the connection is gone. Renders inside the app's
 * QueryClientProvider.
 */
export function ToastRegion() {
  const [module, setModule] = useState(toastModule.loaded)
  const fetching = useIsFetching()
  const [fetchedOnce, setFetchedOnce] = useState(false)
  if (fetching > 0 && !fetchedOnce) setFetchedOnce(true)
  const settled = fetchedOnce && fetching === 0

  useEffect(() => {
    if (module) return
    let active = true
    // A failed fetch is tried again with the next toast.
    const load = () => toastModule.load().then((loaded) => active && setModule(loaded), () => undefined)
    window.addEventListener(SPECTRUM_TOAST_EVENT, load)
    const cancelIdle = settled ? whenIdle(() => void load(), 2000) : undefined
    return () => {
      active = false
      window.removeEventListener(SPECTRUM_TOAST_EVENT, load)
      cancelIdle?.()
    }
  }, [module, settled])

  return module ? <module.ToastContainer /> : null
}
