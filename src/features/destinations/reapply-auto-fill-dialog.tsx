import { Button, ButtonGroup, Content, Dialog, Divider, Heading, Text, View } from '@adobe/react-spectrum'
import { AUTO_FILL_TEXT, type AutoFill } from '../../api/schemas'
import type { ReapplyPlan } from './reapply-auto-fill-plan'

interface ReapplyAutoFillDialogProps {
  mode: AutoFill
  plan: ReapplyPlan
  isPending: boolean
  onApply: () => void
  onClose: () => void
}

/**
 * The preview of "Re-apply auto-fill" (product spec 3): every mapping it will rewrite, as
 * `segment: "old" -> "new"`, the ones it cannot fill and why, then "Cancel" or "Re-apply to N
 * mappings". Nothing changes before that button. Values are rendered as plain text.
 */
export function ReapplyAutoFillDialog({ mode, plan, isPending, onApply, onClose }: ReapplyAutoFillDialogProps) {
  const n = plan.changes.length
  return (
    <Dialog size="L">
      <Heading>Re-apply auto-fill</Heading>
      <Divider />
      <Content>
        <Text>
          {n === 0
            ? `Every mapping already has the value Auto-fill (${AUTO_FILL_TEXT[mode]}) gives. Nothing to change.`
            : `These ${n} ${n === 1 ? 'mapping' : 'mappings'} will get the value Auto-fill (${AUTO_FILL_TEXT[mode]}) gives. Their dates stay as they are.`}
        </Text>
        {n > 0 && (
          <View maxHeight="size-3600" overflow="auto" marginTop="size-150">
            <ul aria-label="Mappings that will change">
              {plan.changes.map(({ mapping, from, to }) => (
                <li key={mapping.mappingId}>
                  {mapping.elementName ?? `Segment ${mapping.sid}`} ({mapping.sid}): &quot;{from}&quot; → &quot;{to}&quot;
                </li>
              ))}
            </ul>
          </View>
        )}
        {plan.skipped.length > 0 && (
          <>
            <Text>{plan.skipped.length} cannot be filled and keep their values:</Text>
            <ul aria-label="Mappings that cannot be filled">
              {plan.skipped.map(({ mapping, reason }) => (
                <li key={mapping.mappingId}>{mapping.elementName ?? `Segment ${mapping.sid}`} ({mapping.sid}): {reason}</li>
              ))}
            </ul>
          </>
        )}
      </Content>
      <ButtonGroup>
        <Button variant="secondary" onPress={onClose}>Cancel</Button>
        {n > 0 && (
          <Button variant="accent" onPress={onApply} isPending={isPending}>
            {`Re-apply to ${n} ${n === 1 ? 'mapping' : 'mappings'}`}
          </Button>
        )}
      </ButtonGroup>
    </Dialog>
  )
}
