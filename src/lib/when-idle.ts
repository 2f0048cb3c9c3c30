/**
 * Runs `fn` once the browser is idle, and at the latest after `timeout` ms
 * (`requestIdleCallback`; a zero-delay timer where it is missing, as in jsdom).
 * @returns a function that cancels the call if it has not run yet
 */
export function whenIdle(fn: () => void, timeout = 200): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => fn(), { timeout })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(fn, 0)
  return () => window.clearTimeout(id)
}
