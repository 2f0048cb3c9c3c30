import { ToastQueue } from '@adobe/react-spectrum'
import { useNavigate } from '@tanstack/react-router'
import { useCreateDestination } from '../../api/destinations'
import type { DestinationCreate } from '../../api/schemas'
import { LoadingState } from '../../components/loading-state'
import { formDraftKey } from '../../lib/use-form-draft'
import { useCurrentUser } from '../session/use-current-user'
import { createDestinationReason } from './destination-rules'
import { DestinationForm } from './form/destination-form'
import { NEW_DESTINATION_VALUES } from './form/destination-form-values'
import { FormPageHeader } from './form/form-page-header'
import { NotAllowed } from './form/not-allowed'

const TITLE = 'Create New Destination'

/**
 * `/destinations/new` (product spec 2.5): the configuration form for a new destination, for users
 * with CREATE_DESTINATIONS (others see why not). Saving opens the new destination's details page
 * with a toast; Cancel returns to the list. Unsaved input is kept as the user's draft "new".
 */
export function NewDestinationPage() {
  const { data: user, isPending } = useCurrentUser()
  const navigate = useNavigate()
  const create = useCreateDestination()
  if (isPending) return <LoadingState label="Loading" />
  const reason = createDestinationReason(user)
  return (
    <>
      <FormPageHeader title={TITLE} />
      {reason ? (
        <NotAllowed title="You cannot create destinations" reason={reason} backHref="/destinations" backText="Back to Destinations" />
      ) : (
        <DestinationForm
          initialValues={NEW_DESTINATION_VALUES}
          isPartnerAdmin={Boolean(user?.isPartnerAdmin)}
          draftKey={user ? formDraftKey('destination', user.uid, 'new') : null}
          onSave={(body) => create.mutateAsync(body as DestinationCreate)}
          onSaved={(saved) => {
            ToastQueue.positive(`Destination "${saved.name}" was created.`, { timeout: 5000 })
            void navigate({ to: '/destinations/$destinationId', params: { destinationId: String(saved.destinationId) } })
          }}
          onCancel={() => void navigate({ to: '/destinations' })}
        />
      )}
    </>
  )
}
