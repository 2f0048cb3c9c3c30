import { useQuery } from '@tanstack/react-query'
import { destinationQueries } from '../../api/destinations'
import { isApiError } from '../../api/api-error'
import { ErrorState } from '../../components/error-state'
import { LoadingState } from '../../components/loading-state'
import { NotFound } from '../../components/not-found'
import { PageHeader } from '../../components/page-header'
import { DestinationDetails } from './destination-details'
import { isDestinationIdParam } from './destination-rules'

function notFound(idParam: string) {
  return <NotFound heading={`Destination ${idParam} was not found`} message="It may have been deleted, or the address is wrong." />
}

/**
 * The details route's page for `/destinations/{destinationIdParam}`: a non-numeric ID or a 404
 * shows "Destination {id} was not found" with a link back; other failures show an error with Retry.
 */
export function DestinationDetailsPage({ destinationIdParam }: { destinationIdParam: string }) {
  const valid = isDestinationIdParam(destinationIdParam)
  const destinationId = valid ? Number(destinationIdParam) : -1
  const query = useQuery({ ...destinationQueries.detail(destinationId), enabled: valid })

  if (!valid) return notFound(destinationIdParam)
  if (query.isPending) return <LoadingState label="Loading destination" />
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND') || (isApiError(query.error) && query.error.status === 404)) return notFound(destinationIdParam)
    // A failed background refetch keeps the destination on screen (the query client toasts it).
    if (query.isLoadingError) {
      return (
        <>
          <PageHeader title={`Destination ${destinationIdParam}`} />
          <ErrorState title={`Could not load destination ${destinationIdParam}`} error={query.error} onRetry={() => void query.refetch()} />
        </>
      )
    }
  }
  return <DestinationDetails destination={query.data} />
}
