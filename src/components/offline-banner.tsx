import { Button, Content, Flex, Heading, InlineAlert, Text } from '@adobe/react-spectrum'
import { useQueryClient } from '@tanstack/react-query'
import { useApiHealth, useBrowserOnline } from './use-api-health'

/**
 * A banner (role "alert") while the browser is offline or the last API request got no answer at
 * all: "You are offline…", what still works (everything on screen stays readable), and "Try again",
 * which refetches the queries on screen. It disappears once the browser is back online and a
 * request gets an answer again. Renders nothing otherwise.
 */
export function OfflineBanner() {
  const online = useBrowserOnline()
  const { unreachable } = useApiHealth()
  const queryClient = useQueryClient()
  if (online && !unreachable) return null
  return (
    <InlineAlert variant="notice" marginBottom="size-200">
      <Heading level={2}>{online ? 'You are offline, or the server cannot be reached' : 'You are offline'}</Heading>
      <Content>
        <Flex direction="column" gap="size-100" alignItems="start">
          <Text>
            What is on screen stays readable and nothing you typed is lost, but loading and saving fail until the connection is
            back. Save again then.
          </Text>
          {online ? (
            <Button variant="secondary" onPress={() => void queryClient.refetchQueries({ type: 'active' })}>
              Try again
            </Button>
          ) : null}
        </Flex>
      </Content>
    </InlineAlert>
  )
}
