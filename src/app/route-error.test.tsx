import { screen, waitFor, within } from '@testing-library/react'
import type { ComponentProps } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../test/render-app'

/**
 * Every route renders inside its own error boundary (the router's `RouteError`): when its page
 * throws while rendering, the app frame (header) stays, the error view says what happened and
 * offers Retry and "Back to Destinations". The page modules are wrapped so one of them can be
 * made to throw on demand.
 */
const failing = vi.hoisted(() => ({ page: '' }))

function failIf(page: string) {
  if (failing.page === page) throw new Error(`The ${page} page broke while rendering.`)
}

vi.mock('../features/destinations/destination-list-page', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../features/destinations/destination-list-page')>()
  return {
    ...actual,
    DestinationListPage: (props: ComponentProps<typeof actual.DestinationListPage>) => {
      failIf('list')
      return <actual.DestinationListPage {...props} />
    },
  }
})
vi.mock('../features/destinations/destination-details-page', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../features/destinations/destination-details-page')>()
  return {
    ...actual,
    DestinationDetailsPage: (props: ComponentProps<typeof actual.DestinationDetailsPage>) => {
      failIf('details')
      return <actual.DestinationDetailsPage {...props} />
    },
  }
})
vi.mock('../features/destinations/new-destination-page', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../features/destinations/new-destination-page')>()
  return {
    ...actual,
    NewDestinationPage: () => {
      failIf('new')
      return <actual.NewDestinationPage />
    },
  }
})
vi.mock('../features/destinations/edit-destination-page', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../features/destinations/edit-destination-page')>()
  return {
    ...actual,
    EditDestinationPage: (props: ComponentProps<typeof actual.EditDestinationPage>) => {
      failIf('edit')
      return <actual.EditDestinationPage {...props} />
    },
  }
})
vi.mock('../components/not-found', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../components/not-found')>()
  return {
    ...actual,
    NotFound: (props: ComponentProps<typeof actual.NotFound>) => {
      failIf('not found')
      return <actual.NotFound {...props} />
    },
  }
})

beforeEach(() => {
  // React and the router log the thrown error; the test asserts what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  failing.page = ''
  vi.restoreAllMocks()
})

async function expectErrorView(page: string) {
  expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeVisible()
  expect(screen.getByText(`The ${page} page broke while rendering.`)).toBeVisible()
  expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible()
  // The frame stays: the header with the product name and the user menu.
  expect(within(screen.getByRole('banner')).getByText('Destination Editor for Audience Manager')).toBeVisible()
  return screen.getByRole('link', { name: 'Back to Destinations' })
}

describe('route error boundaries', () => {
  it.each([
    ['list', '/destinations'],
    ['details', '/destinations/1001'],
    ['new', '/destinations/new'],
    ['edit', '/destinations/1003/edit'],
    ['not found', '/no/such/page'],
  ])('the %s route shows the error view inside the frame, and its link leads back to the list', async (page, url) => {
    failing.page = page
    const { user, router } = await renderApp(url, { user: 'demo-care' })
    const back = await expectErrorView(page)
    failing.page = ''
    await user.click(back)
    await waitFor(() => expect(router.state.location.pathname).toBe('/destinations'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Destinations' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'This page could not be shown' })).not.toBeInTheDocument()
  })

  it('Retry renders the page again once it works', async () => {
    failing.page = 'details'
    const { user } = await renderApp('/destinations/1001')
    await expectErrorView('details')
    failing.page = ''
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()
  })
})
