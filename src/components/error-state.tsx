import { Button, Content, Flex, Heading, InlineAlert, Text } from '@adobe/react-spectrum'
import { describeError } from './error-message'

interface ErrorStateProps {
  /** What failed, as a heading: "Could not load destinations". */
  title: string
  error: unknown
  /** Shown as a "Retry" button when given. */
  onRetry?: () => void
  /** Heading level of the title; 1 when the error is the whole page. */
  level?: 1 | 2 | 3
}

/** A failed load: says what failed, why (the server's message) and what to do, with a Retry button. */
export function ErrorState({ title, error, onRetry, level = 2 }: ErrorStateProps) {
  const { message, hint } = describeError(error)
  return (
    <InlineAlert variant="negative" marginY="size-200">
      <Heading level={level}>{title}</Heading>
      <Content>
        <Flex direction="column" gap="size-100" alignItems="start">
          <Text>{message}</Text>
          <Text>{hint}</Text>
          {onRetry && (
            <Button variant="secondary" onPress={onRetry}>
              Retry
            </Button>
          )}
        </Flex>
      </Content>
    </InlineAlert>
  )
}
