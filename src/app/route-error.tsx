import { Link } from '@adobe/react-spectrum'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import type { ErrorComponentProps } from '@tanstack/react-router'
import { useRouter } from '@tanstack/react-router'
import { ErrorState } from '../components/error-state'

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
