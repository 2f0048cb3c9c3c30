import { Button, Content, Flex, Heading, InlineAlert, Text } from '@adobe/react-spectrum'
import { describeError } from '../../components/error-message'

interface MappingListAlertProps {
  /** Why the destination's full mapping list could not be loaded. */
  error: unknown
  /** What waits for the list and what is kept meanwhile, e.g. "Nothing was added; your selection is kept." */
  consequence: string
  /** Asks for the list again (and, where an action waits for it, carries that action on). */
  onRetry: () => void
  /** The list is being requested again: Retry shows as pending. */
  isRetrying?: boolean
}

/**
 * Negative InlineAlert "Could not check which segments are already mapped", shown next to an
 * action that waits for the destination's full mapping list ("Mapped" marks, duplicate checks) when
 * loading it failed: the server's message and hint (`describeError`), `consequence`, and "Retry".
 */
export function MappingListAlert({ error, consequence, onRetry, isRetrying }: MappingListAlertProps) {
  const { message, hint } = describeError(error)
  return (
    <InlineAlert variant="negative" marginTop="size-150">
      <Heading level={3}>Could not check which segments are already mapped</Heading>
      <Content>
        <Flex direction="column" gap="size-100" alignItems="start">
          <Text>{`${message} ${consequence} ${hint}`}</Text>
          <Button variant="secondary" onPress={onRetry} isPending={isRetrying}>Retry</Button>
        </Flex>
      </Content>
    </InlineAlert>
  )
}
