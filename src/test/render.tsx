import { defaultTheme, Provider, ToastContainer } from '@adobe/react-spectrum'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'

/** A QueryClient for one test: no retries, no cache sharing between tests. */
export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } })
}

/** Renders `ui` inside Spectrum's Provider, a fresh QueryClient and the toast region. */
export function renderWithProviders(ui: ReactElement, queryClient = createTestQueryClient()) {
  const result = render(
    <Provider theme={defaultTheme} locale="en-US">
      <QueryClientProvider client={queryClient}>
        {ui}
        <ToastContainer />
      </QueryClientProvider>
    </Provider>,
  )
  return { ...result, queryClient }
}
