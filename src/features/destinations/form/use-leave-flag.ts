import { useMemo, useRef } from 'react'

/**
 * A flag a form sets right before it navigates away after a successful save, so the
 * unsaved-changes guard lets that navigation pass. `allow()` sets it; `isAllowed()` reads it at
 * navigation time (never during render).
 */
export function useLeaveFlag() {
  const flag = useRef(false)
  return useMemo(() => ({ allow: () => void (flag.current = true), isAllowed: () => flag.current }), [])
}
