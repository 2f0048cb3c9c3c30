/**
 * Whether a `VirtualGrid` is being scrolled, readable by its rows without re-rendering every row
 * when it changes (virtual-grid-row.tsx shows placeholders in rows that appear while scrolling).
 */

/** Whether the grid is being scrolled, for rows to read without a re-render of every row when it changes. */
export interface ScrollState {
  isScrolling: () => boolean
  /** Calls `listener` once, when scrolling has stopped (soon after the call if it already has); returns the unsubscribe function. */
  onScrollEnd: (listener: () => void) => () => void
}

/**
 * A `ScrollState` fed from the virtualizer: `set` records the flag before the rows render (the
 * virtualizer re-renders the grid first and reports the change after), `update` records it and,
 * when scrolling has stopped, tells the waiting rows.
 */
export function createScrollState(): ScrollState & { set: (isScrolling: boolean) => void; update: (isScrolling: boolean) => void } {
  let scrolling = false
  const listeners = new Set<() => void>()
  return {
    isScrolling: () => scrolling,
    onScrollEnd: (listener) => {
      if (!scrolling) {
        let live = true
        queueMicrotask(() => live && listener())
        return () => void (live = false)
      }
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    set: (isScrolling) => {
      scrolling = isScrolling
    },
    update: (isScrolling) => {
      scrolling = isScrolling
      if (isScrolling) return
      const pending = [...listeners]
      listeners.clear()
      for (const listener of pending) listener()
    },
  }
}
