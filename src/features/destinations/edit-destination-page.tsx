import { ToastQueue } from '@adobe/react-spectrum'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { isApiError } from '../../api/api-error'
import { destinationQueries, useUpdateDestination } from '../../api/destinations'
import { ErrorState } from '../../components/error-state'
import { LoadingState } from '../../components/loading-state'
import { formDraftKey } from '../../lib/use-form-draft'
import { NotFound } from '../../components/not-found'
import { useCurrentUser } from '../session/use-current-user'
import { editDestinationReason, isDestinationIdParam } from './destination-rules'
import { DestinationForm } from './form/destination-form'
import { toFormValues } from './form/destination-form-values'
import { FormPageHeader } from './form/form-page-header'
import { NotAllowed } from './form/not-allowed'

/**
 * `/destinations/{id}/edit` (product spec 2.5): the configuration form of a saved destination for
 * users who may edit it (others see why not). Sends `updateTime`; saving opens the details page with
 * a toast. Unsaved input is kept as the user's draft of this destination. A non-numeric ID or a 404
 * shows not-found; other failures an error with Retry.
 */
export function EditDestinationPage({ destinationIdParam }: { destinationIdParam: string }) {
  const valid = isDestinationIdParam(destinationIdParam)
  const destinationId = valid ? Number(destinationIdParam) : -1
  const query = useQuery({ ...destinationQueries.detail(destinationId), enabled: valid })
  const { data: user, isPending: userPending } = useCurrentUser()
  const navigate = useNavigate()
  const update = useUpdateDestination(destinationId)
  const notFound = <NotFound heading={`Destination ${destinationIdParam} was not found`} message="It may have been deleted, or the address is wrong." />

  if (!valid) return notFound
  if (query.isPending || userPending) return <LoadingState label="Loading destination" />
  // Only a failed first load replaces the page: a failed background refetch keeps the form and its input.
  if (query.isLoadingError) {
    if (isApiError(query.error) && query.error.status === 404) return notFound
    return <ErrorState title={`Could not load destination ${destinationIdParam}`} error={query.error} onRetry={() => void query.refetch()} />
  }
  const destination = query.data
  const reason = editDestinationReason(user, destination)
  const details = () => void navigate({ to: '/destinations/$destinationId', params: { destinationId: String(destinationId) } })
  return (
    <>
      <FormPageHeader title={`Edit ${destination.name}`} destination={destination} />
      {reason ? (
        <NotAllowed title="You cannot edit this destination" reason={reason} backHref={`/destinations/${destinationId}`} backText={`Back to ${destination.name}`} />
      ) : (
        <DestinationForm
          key={destinationId}
          destination={destination}
          initialValues={toFormValues(destination)}
          isPartnerAdmin={Boolean(user?.isPartnerAdmin)}
          draftKey={user ? formDraftKey('destination', user.uid, destinationId) : null}
          onSave={(body) => update.mutateAsync(body)}
          onSaved={(saved) => {
            ToastQueue.positive(`Destination "${saved.name}" was saved.`, { timeout: 5000 })
            details()
          }}
          onCancel={details}
        />
      )}
    </>
  )
}
