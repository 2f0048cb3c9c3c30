import { defaultTheme, Provider } from '@adobe/react-spectrum'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { ToastRegion } from '../components/toast-region'
import type { createAppRouter } from './router'

interface AppProvidersProps {
  queryClient: QueryClient
  router: ReturnType<typeof createAppRouter>
}

/**
 * Spectrum (light, en-US), React Query, the router and the one toast region (fetched on demand,
 * `ToastRegion`); shared by the app and tests.
 */
export function AppProviders({ queryClient, router }: AppProvidersProps) {
  return (
    <Provider theme={defaultTheme} colorScheme="light" locale="en-US">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <ToastRegion />
      </QueryClientProvider>
    </Provider>
  )
}
