import { Content, ContextualHelp, Flex, Heading, StatusLight, Text } from '@adobe/react-spectrum'
import type { DeliveryStatus } from '../../domain/delivery-status'
import styles from './mapping-cells.module.css'

const VARIANT: Record<DeliveryStatus, 'positive' | 'negative' | 'notice' | 'info' | 'neutral'> = {
  Active: 'positive',
  Scheduled: 'info',
  Expired: 'neutral',
  Paused: 'notice',
  'Segment deleted': 'negative',
  Blocked: 'negative',
}

/**
 * A mapping's delivery status (product spec 6): a StatusLight with the status, the explanation in
 * words on the same line (full text on hover) and a help button "Information" that shows it in
 * full. `withHelp={false}` leaves an empty box of the button's size instead (a table row shown
 * while scrolling).
 */
export function DeliveryStatusCell({ status, explanation, withHelp = true }: { status: DeliveryStatus; explanation: string; withHelp?: boolean }) {
  return (
    <Flex alignItems="center" gap="size-50" minWidth={0}>
      <StatusLight variant={VARIANT[status]} flexShrink={0}>{status}</StatusLight>
      {withHelp ? (
        <ContextualHelp variant="info">
          <Heading>{status}</Heading>
          <Content><Text>{explanation}</Text></Content>
        </ContextualHelp>
      ) : (
        <span className={styles.helpButtonSlot} />
      )}
      <span title={explanation} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>{explanation}</span>
    </Flex>
  )
}
