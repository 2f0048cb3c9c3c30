import { applySessionToken } from '../features/session/demo-users'
import { AppProviders } from './app-providers'
import { createAppQueryClient } from './query-client'
import { createAppRouter } from './router'

// Before any query runs: the stored demo user's token, or none behind a credential proxy.
applySessionToken()

const queryClient = createAppQueryClient()
const router = createAppRouter(queryClient)

/** The whole app: providers, router and toasts over one QueryClient. */
export function App() {
  return <AppProviders queryClient={queryClient} router={router} />
}
