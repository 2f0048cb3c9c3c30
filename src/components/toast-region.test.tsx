import { defaultTheme, Provider } from '@adobe/react-spectrum'
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestQueryClient } from '../test/render'
import { ToastQueue, toastModule } from './toast-queue'
import { ToastRegion } from './toast-region'

afterEach(() => vi.restoreAllMocks())

/** A query of the "first screen" that answers when the test says so. */
function FirstScreen({ answer }: { answer: Promise<string> }) {
  // One answer per rendered tree (each test has its own QueryClient).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const { data } = useQuery({ queryKey: ['first-screen'], queryFn: () => answer })
  return <p>{data ?? 'loading'}</p>
}

function renderRegion(answer: Promise<string> = Promise.resolve('shown')) {
  return render(
    <Provider theme={defaultTheme} locale="en-US">
      <QueryClientProvider client={createTestQueryClient()}>
        <FirstScreen answer={answer} />
        <ToastRegion />
      </QueryClientProvider>
    </Provider>,
  )
}

// Runs first: the toast module is fetched once per test file and then stays.
describe('toast region fetched on demand', () => {
  it('fetches the toast module only once the first screen has its data', async () => {
    const load = vi.spyOn(toastModule, 'load')
    let answer!: (value: string) => void
    renderRegion(new Promise<string>((resolve) => (answer = resolve)))
    await screen.findByText('loading')
    expect(load).not.toHaveBeenCalled()
    expect(toastModule.loaded()).toBeUndefined()

    await act(async () => answer('shown'))
    await screen.findByText('shown')
    await waitFor(() => expect(load).toHaveBeenCalled())
    await waitFor(() => expect(toastModule.loaded()).toBeDefined())
  })
})

describe('toasts through the on-demand ToastQueue', () => {
  it('shows a toast and closes it with the function it returns', async () => {
    renderRegion()
    let close!: () => void
    act(() => {
      close = ToastQueue.positive('Destination "Acme" was deleted.', { timeout: 5000 })
    })
    expect(await screen.findByText('Destination "Acme" was deleted.')).toBeInTheDocument()
    act(() => close())
    await waitFor(() => expect(screen.queryByText('Destination "Acme" was deleted.')).not.toBeInTheDocument())
  })

  it('drops a toast closed before it could show', async () => {
    renderRegion()
    act(() => ToastQueue.negative('Never shown')())
    act(() => void ToastQueue.info('Shown after it'))
    expect(await screen.findByText('Shown after it')).toBeInTheDocument()
    expect(screen.queryByText('Never shown')).not.toBeInTheDocument()
  })

  it('fetches the region for a toast queued with Spectrum\'s own ToastQueue, as the lazy pages do', async () => {
    // Fresh modules: nothing has fetched the toast module yet in them.
    vi.resetModules()
    const spectrum = await import('@adobe/react-spectrum')
    const { ToastRegion: FreshRegion } = await import('./toast-region')
    const { toastModule: freshModule } = await import('./toast-queue')
    const never = new Promise<string>(() => {})
    render(
      <spectrum.Provider theme={spectrum.defaultTheme} locale="en-US">
        <QueryClientProvider client={createTestQueryClient()}>
          <FirstScreen answer={never} />
          <FreshRegion />
        </QueryClientProvider>
      </spectrum.Provider>,
    )
    await screen.findByText('loading')
    expect(freshModule.loaded()).toBeUndefined()
    act(() => void spectrum.ToastQueue.negative('Could not remove Segment A.', { timeout: 5000 }))
    expect(await screen.findByText('Could not remove Segment A.')).toBeInTheDocument()
  })
})
