import { DialogContainer, Flex, Text, ToastQueue, View } from '@adobe/react-spectrum'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useRewriteMappingValues } from '../../api/destination-workflows'
import { destinationQueries, readsAllMappingsUpFront } from '../../api/destinations'
import { AUTO_FILL_TEXT, type Destination } from '../../api/schemas'
import { segmentQueries } from '../../api/segments'
import { describeError } from '../../components/error-message'
import { GuardedButton } from '../../components/guarded-button'
import { missingPermissionReason } from '../../domain/permissions'
import { todayUtc } from '../../lib/dates'
import { useCurrentUser } from '../session/use-current-user'
import { ReapplyAutoFillDialog } from './reapply-auto-fill-dialog'
import { canReapplyAutoFill, planReapply, type ReapplyPlan } from './reapply-auto-fill-plan'

/**
 * Flags mappings whose value differs from the destination's auto-fill rule (for example after the
 * preference changed from Manual to Auto-fill Segment ID) and offers "Re-apply auto-fill": a
 * preview dialog of the rows it changes, then the rewrite (product spec 3). Nothing is rewritten
 * by itself. Renders nothing where auto-fill does not apply or (Segment ID) nothing differs. For a
 * destination with more than `FULL_MAPPING_LIST_EAGER_LIMIT` mappings it does not count up front: it says
 * that older mappings keep their values, and the button reads the mappings for the preview.
 */
export function ReapplyAutoFillSection({ destination }: { destination: Destination }) {
  const { destinationId, autoFillMapping: mode } = destination
  const applies = canReapplyAutoFill(destination)
  // Counting the differing values needs every mapping: fine for most destinations, but a large one
  // (thousands of mappings, megabytes) is read only when the user asks for the preview.
  const large = !readsAllMappingsUpFront(destination)
  const mappings = useQuery({ ...destinationQueries.mappings(destinationId), enabled: applies && !large })
  const { data: user } = useCurrentUser()
  const queryClient = useQueryClient()
  const rewrite = useRewriteMappingValues(destinationId)
  const [plan, setPlan] = useState<ReapplyPlan | null>(null)
  const [loading, setLoading] = useState(false)
  if (!applies || (large ? !destination.mappingCount : !mappings.data?.length)) return null
  const bySid = mode === 'SEGMENT_ID' && mappings.data ? planReapply(mode, mappings.data, new Map()).changes.length : null
  // (Kept while a preview is being prepared or shown: reading the mappings for it may find nothing to change.)
  if (bySid === 0 && !plan && !loading) return null

  async function preview() {
    setLoading(true)
    try {
      const list = mappings.data ?? (await queryClient.fetchQuery(destinationQueries.mappings(destinationId)))
      const codes = new Map<number, string | null | undefined>()
      if (mode === 'INTEGRATION_CODE') {
        const segments = await Promise.all([...new Set(list.map((m) => m.sid))].map((sid) => queryClient.fetchQuery(segmentQueries.detail(sid))))
        for (const s of segments) codes.set(s.sid, s.integrationCode)
      }
      setPlan(planReapply(mode, list, codes))
    } catch (error) {
      const { message, hint } = describeError(error)
      ToastQueue.negative(`Could not prepare the preview. ${message} ${hint}`, { timeout: 10000 })
    } finally {
      setLoading(false)
    }
  }

  function apply(current: ReapplyPlan) {
    rewrite.mutate({ changes: current.changes, today: todayUtc() }, {
      onSuccess: (done) => {
        ToastQueue.positive(`Re-applied auto-fill to ${done} ${done === 1 ? 'mapping' : 'mappings'}.`, { timeout: 5000 })
        setPlan(null)
      },
      onError: (error) => {
        const { message, hint } = describeError(error)
        ToastQueue.negative(`${message} ${hint}`, { timeout: 10000 })
        setPlan(null)
      },
    })
  }

  return (
    <View marginBottom="size-300">
      <Flex gap="size-200" alignItems="center" wrap>
        <Text>
          {bySid
            ? `${bySid} segment ${bySid === 1 ? 'mapping has a value' : 'mappings have values'} that differ from Auto-fill (${AUTO_FILL_TEXT[mode]}). They keep their values until you re-apply auto-fill.`
            : `Mappings made before Auto-fill (${AUTO_FILL_TEXT[mode]}) keep their values; "Re-apply auto-fill" shows which would change.`}
        </Text>
        <GuardedButton variant="secondary" isPending={loading} reason={missingPermissionReason(user, 'MAP_ALL_TO_DESTINATIONS')} onPress={() => void preview()}>
          Re-apply auto-fill
        </GuardedButton>
      </Flex>
      <DialogContainer onDismiss={() => setPlan(null)}>
        {plan && <ReapplyAutoFillDialog mode={mode} plan={plan} isPending={rewrite.isPending} onApply={() => apply(plan)} onClose={() => setPlan(null)} />}
      </DialogContainer>
    </View>
  )
}
