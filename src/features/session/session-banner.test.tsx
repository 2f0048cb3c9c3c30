import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { resetApiHealth } from '../../api/http'
import { demoDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render-app'

afterEach(() => resetApiHealth())

describe('sign-in banner after a 401', () => {
  it('keeps the form and what was typed, offers the demo users, and the save can simply be retried', async () => {
    const { user } = await renderApp('/destinations/1010/edit', { user: 'demo-care' })
    await screen.findByRole('heading', { level: 1, name: 'Edit Empty Test Destination' })
    const description = screen.getByRole('textbox', { name: 'Description' })
    await user.clear(description)
    await user.type(description, 'Typed before the session ended')

    server.use(http.put('*/v1/destinations/:destinationId', () =>
      HttpResponse.json({ code: 'UNAUTHORIZED', message: 'The access token is not valid. Sign in again.' }, { status: 401 }), { once: true }))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const banner = (await screen.findByRole('heading', { level: 2, name: 'Sign in again' })).closest('[role="alert"]') as HTMLElement
    expect(banner).toHaveTextContent(/This page and anything you typed stay as they are/)
    expect(screen.getByText('Could not save the destination')).toBeInTheDocument()
    expect(description).toHaveValue('Typed before the session ended')
    expect(within(banner).getAllByRole('button').map((b) => b.textContent)).toEqual(['Sign in as Marketer', 'Sign in as Customer Care', 'Sign in as Viewer'])

    await user.click(within(banner).getByRole('button', { name: 'Sign in as Customer Care' }))
    expect(await screen.findByText(/^Now signed in as .+ \(Customer Care\)\.$/)).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Sign in again' })).not.toBeInTheDocument())
    // Nothing was unmounted: the same input still holds the typed text.
    expect(description).toBeInTheDocument()
    expect(description).toHaveValue('Typed before the session ended')

    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Destination "Empty Test Destination" was saved.')).toBeInTheDocument()
    expect(demoDb().destinations.get(1010)!.description).toBe('Typed before the session ended')
  })

  it('does not show while requests are accepted', async () => {
    await renderApp('/destinations')
    await screen.findByRole('grid', { name: 'Destinations' })
    expect(screen.queryByRole('heading', { name: 'Sign in again' })).not.toBeInTheDocument()
  })
})
