import { Button, Content, Flex, Heading, InlineAlert, Text } from '@adobe/react-spectrum'
import { useQueryClient } from '@tanstack/react-query'
import { useApiHealth } from '../../components/use-api-health'
import { DEMO_MODE } from '../../lib/env'
import { DEMO_USERS } from './demo-users'
import { useDemoSession } from './use-demo-session'

/**
 * A non-modal banner (role "alert") after the API answered 401: the page and everything typed stay
 * as they are, and the user signs in again, then retries what failed. In the demo it offers "Sign
 * in as Marketer / Customer Care / Viewer" (`switchUser`: refetches in place, nothing unmounts);
 * behind the live proxy, "Check again" after signing in in another tab. Hidden as soon as an API
 * request is accepted again.
 */
export function SessionBanner() {
  const { unauthorized } = useApiHealth()
  if (!unauthorized) return null
  return (
    <InlineAlert variant="negative" marginBottom="size-200">
      <Heading level={2}>Sign in again</Heading>
      <Content>
        <Text>
          {DEMO_MODE
            ? 'The demo backend did not accept the signed-in user. Pick a demo user to sign in again. This page and anything you typed stay as they are; then retry what failed.'
            : 'Your session has ended. Sign in again in another tab of this app, then select Check again. This page and anything you typed stay as they are; then retry what failed.'}
        </Text>
        <Flex marginTop="size-150" gap="size-150" wrap>
          {DEMO_MODE ? <DemoSignInButtons /> : <CheckAgainButton />}
        </Flex>
      </Content>
    </InlineAlert>
  )
}

/** Demo: "Sign in as Marketer / Customer Care / Viewer". */
function DemoSignInButtons() {
  const { switchUser } = useDemoSession()
  return DEMO_USERS.map((u) => (
    <Button key={u.token} variant="secondary" onPress={() => void switchUser(u.token)}>
      {`Sign in as ${u.label}`}
    </Button>
  ))
}

/** Live: "Check again" refetches every query once the user signed in elsewhere. */
function CheckAgainButton() {
  const queryClient = useQueryClient()
  return (
    <Button variant="secondary" onPress={() => void queryClient.invalidateQueries()}>
      Check again
    </Button>
  )
}
