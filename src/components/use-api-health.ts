import { useSyncExternalStore } from 'react'
import { getApiHealth, subscribeApiHealth, type ApiHealth } from '../api/http'

/** What the last API answers said (`getApiHealth` of api/http): unreachable, unauthorized. Re-renders on change. */
export function useApiHealth(): ApiHealth {
  return useSyncExternalStore(subscribeApiHealth, getApiHealth, getApiHealth)
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

/** `navigator.onLine`, following the browser's `online` / `offline` events (true when unknown). */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine !== false, () => true)
}
