import { createMemoryHistory } from '@tanstack/react-router'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AppProviders } from '../app/app-providers'
import { createAppRouter } from '../app/router'
import { setDemoUser, type DemoToken } from '../features/session/demo-users'
import { createTestQueryClient } from './render'

/**
 * Renders the whole app (providers, router, layout) at `url` with a memory history, signed in as
 * `user` (default the marketer), on a fresh QueryClient without retries. Waits for the app frame.
 */
export async function renderApp(url = '/destinations', { user: token = 'demo-marketer' }: { user?: DemoToken } = {}) {
  setDemoUser(token)
  const queryClient = createTestQueryClient()
  const history = createMemoryHistory({ initialEntries: [url] })
  const router = createAppRouter(queryClient, history)
  const user = userEvent.setup()
  const result = render(<AppProviders queryClient={queryClient} router={router} />)
  await screen.findByRole('main')
  return { ...result, router, queryClient, history, user }
}
