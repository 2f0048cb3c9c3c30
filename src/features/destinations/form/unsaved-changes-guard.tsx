import { AlertDialog, DialogContainer } from '@adobe/react-spectrum'
import { useBlocker } from '@tanstack/react-router'

interface UnsavedChangesGuardProps {
  /** Asked at navigation time: true while the form holds unsaved changes (and no save is leaving the page). */
  when: () => boolean
  /** Called when the user confirms "Leave", before the navigation proceeds (e.g. to delete the draft). */
  onLeave?: () => void
}

/**
 * Asks before leaving a form with unsaved changes (product spec 2.6): in-app navigation (links,
 * Back, Cancel) opens the alert dialog "Leave without saving?" ("Leave" / "Stay"); closing or
 * reloading the tab gets the browser's own prompt (TanStack Router `useBlocker` with
 * `enableBeforeUnload`; a draft, if the form keeps one, survives that). Navigations that only change
 * the search of the same page pass.
 */
export function UnsavedChangesGuard({ when, onLeave }: UnsavedChangesGuardProps) {
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => when() && current.pathname !== next.pathname,
    enableBeforeUnload: when,
    withResolver: true,
  })
  // Spectrum closes the dialog (onDismiss) before it runs onPrimaryAction: reset only after "Leave" had its turn.
  const { reset } = blocker
  return (
    <DialogContainer onDismiss={() => setTimeout(() => reset?.(), 0)}>
      {blocker.status === 'blocked' && (
        <AlertDialog title="Leave without saving?" variant="warning" primaryActionLabel="Leave" cancelLabel="Stay"
          onPrimaryAction={() => { onLeave?.(); blocker.proceed() }} >
          Your changes to this destination are not saved. Leave and discard them, or stay and save.
        </AlertDialog>
      )}
    </DialogContainer>
  )
}
