import { Link } from '@adobe/react-spectrum'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import type { ErrorComponentProps } from '@tanstack/react-router'
import { CatchBoundary, useLocation, useRouter } from '@tanstack/react-router'
import { ErrorState } from '../components/error-state'
import { NotFound } from '../components/not-found'

/** The router's error view: what failed, a Retry that reloads the route, and a way back to the list. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const queryErrorReset = useQueryErrorResetBoundary()
  return (
    <>
      <ErrorState
        title="This page could not be shown"
        level={1}
        error={error}
        onRetry={() => {
          queryErrorReset.reset()
          reset()
          void router.invalidate()
        }}
      />
      <Link href="/destinations">Back to Destinations</Link>
    </>
  )
}

/**
 * The router's not-found view (`NotFound`) inside its own error boundary showing `RouteError`: it
 * renders in the root layout's outlet, where a failure would otherwise reach the root route's
 * boundary and take the header with it. The boundary resets when the address changes.
 */
export function RouteNotFound() {
  const href = useLocation({ select: (location) => location.href })
  return (
    <CatchBoundary getResetKey={() => href} errorComponent={RouteError}>
      <NotFound />
    </CatchBoundary>
  )
}
