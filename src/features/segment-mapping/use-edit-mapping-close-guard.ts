import { useEffect, useState, type RefObject } from 'react'

/** What `useEditMappingCloseGuard` needs to know of the dialog. */
export interface EditMappingCloseGuardOptions {
  /** Set to `requestClose` while the dialog is open (the container calls it on Escape); null after. */
  closeGuardRef?: RefObject<(() => boolean) | null>
  /** A save or the mapping list read is on its way: the dialog does not close. */
  busy: boolean
  /** Something typed or changed, or rows still unsaved after a partial save. */
  hasUnsaved: boolean
  /** An older draft the dialog was not opened from: closing untouched leaves it in place. */
  keepsOlderDraft: boolean
  /** Deletes the dialog's draft (`useFormDraft`'s `clear`). */
  clearDraft: () => void
}

/**
 * Close guarding of the Edit Mapping dialog: nothing typed or chosen is lost silently.
 * `requestClose()` returns true when the dialog may close now (nothing unsaved; its draft is deleted
 * unless an older one is kept) and false while busy or when there is something unsaved; then
 * `confirmDiscard` turns true (the dialog asks; `keepEditing` takes the question back). Leaving the
 * page with something unsaved asks the browser's "Leave site?" (`beforeunload`).
 */
export function useEditMappingCloseGuard({ closeGuardRef, busy, hasUnsaved, keepsOlderDraft, clearDraft }: EditMappingCloseGuardOptions) {
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const requestClose = () => {
    if (busy) return false
    if (!hasUnsaved) {
      if (!keepsOlderDraft) clearDraft()
      return true
    }
    setConfirmDiscard(true)
    return false
  }
  useEffect(() => {
    if (!closeGuardRef) return
    closeGuardRef.current = requestClose
    return () => { closeGuardRef.current = null }
  })
  useEffect(() => {
    if (!hasUnsaved) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [hasUnsaved])
  return { requestClose, confirmDiscard, keepEditing: () => setConfirmDiscard(false) }
}
