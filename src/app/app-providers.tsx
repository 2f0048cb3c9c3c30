import { defaultTheme, Provider, ToastContainer } from '@adobe/react-spectrum'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import type { createAppRouter } from './router'

interface AppProvidersProps {
  queryClient: QueryClient
  router: ReturnType<typeof createAppRouter>
}

/** Spectrum (light, en-US), React Query, the router and the one toast region; shared by the app and tests. */
export function AppProviders({ queryClient, router }: AppProvidersProps) {
  return (
    <Provider theme={defaultTheme} colorScheme="light" locale="en-US">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
      <ToastContainer />
    </Provider>
  )
}
