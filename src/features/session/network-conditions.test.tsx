import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { putDemoFaults } from '../../api/demo'
import { resetApiHealth } from '../../api/http'
import { demoDb } from '../../mocks/db'
import { clearFaults, currentFaults } from '../../mocks/faults'
import { server } from '../../mocks/node'
import { renderApp } from '../../test/render-app'

afterEach(() => {
  clearFaults()
  resetApiHealth()
})

const BADGE = /^Network conditions: /

async function openFromMenu(user: Awaited<ReturnType<typeof renderApp>>['user'], item: string) {
  await user.click(await screen.findByRole('button', { name: /^Signed in as .+\(/ }))
  await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: item }))
}

describe('Network conditions (demo menu, dialog, header badge)', () => {
  it('applies latency, an error rate and methods from the menu; the badge says so and clears them', async () => {
    const { user } = await renderApp('/destinations')
    expect(screen.queryByRole('button', { name: BADGE })).not.toBeInTheDocument()
    await openFromMenu(user, 'Network conditions')
    const dialog = await screen.findByRole('dialog', { name: 'Network conditions' })
    const latency = within(dialog).getByRole('textbox', { name: 'Latency (ms)' })
    await user.clear(latency)
    await user.type(latency, '200')
    const rate = within(dialog).getByRole('textbox', { name: 'Error rate (%)' })
    await user.clear(rate)
    await user.type(rate, '30')
    await user.tab()
    await user.click(within(dialog).getByRole('checkbox', { name: 'GET' }))
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))

    const badge = await screen.findByRole('button', { name: 'Network conditions: 200 ms latency, 30% of requests fail (POST/PUT/DELETE only)' })
    expect(currentFaults()).toEqual({ latencyMs: 200, errorRate: 0.3, methods: ['POST', 'PUT', 'DELETE'], offline: false })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    // The badge opens the same dialog, filled with the settings in force.
    await user.click(badge)
    const again = await screen.findByRole('dialog', { name: 'Network conditions' })
    expect(within(again).getByRole('textbox', { name: 'Latency (ms)' })).toHaveValue('200')
    expect(within(again).getByRole('checkbox', { name: 'GET' })).not.toBeChecked()
    expect(within(again).getByRole('checkbox', { name: 'POST' })).toBeChecked()
    await user.click(within(again).getByRole('button', { name: 'Clear faults' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: BADGE })).not.toBeInTheDocument())
    expect(currentFaults()).toMatchObject({ latencyMs: 0, errorRate: 0, offline: false })
    expect(await screen.findByText('Network conditions cleared: requests behave normally again.')).toBeInTheDocument()
  })

  it('shows the badge for faults set before the page loaded, e.g. offline', async () => {
    await putDemoFaults({ offline: true, methods: ['DELETE'] })
    await renderApp('/destinations')
    expect(await screen.findByRole('button', { name: 'Network conditions: offline (DELETE only)' })).toBeInTheDocument()
  })

  it('asks for at least one method and keeps the values; a refused PUT shows its details next to the buttons', async () => {
    const { user } = await renderApp('/destinations')
    await openFromMenu(user, 'Network conditions')
    const dialog = await screen.findByRole('dialog', { name: 'Network conditions' })
    const rate = within(dialog).getByRole('textbox', { name: 'Error rate (%)' })
    await user.clear(rate)
    await user.type(rate, '50')
    await user.tab()
    for (const m of ['GET', 'POST', 'PUT', 'DELETE']) await user.click(within(dialog).getByRole('checkbox', { name: m }))
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))
    expect(await within(dialog).findByText('Choose at least one method.')).toBeInTheDocument()
    expect(currentFaults().errorRate).toBe(0)

    await user.click(within(dialog).getByRole('checkbox', { name: 'PUT' }))
    server.use(http.put('*/__demo/faults', () =>
      HttpResponse.json({ code: 'VALIDATION_FAILED', message: 'Invalid request.', details: [{ field: 'errorRate', message: 'errorRate must be from 0 to 1.' }] }, { status: 400 }), { once: true }))
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Could not apply the network conditions')
    expect(alert).toHaveTextContent('errorRate must be from 0 to 1.')
    expect(rate).toHaveValue('50')
    expect(within(dialog).getByRole('checkbox', { name: 'PUT' })).toBeChecked()
  })
})

describe('Reset demo data with a scenario', () => {
  it('lets the user pick Empty; the toast names it', async () => {
    const { user } = await renderApp('/destinations', { user: 'demo-care' })
    await openFromMenu(user, 'Reset demo data')
    const confirm = await screen.findByRole('alertdialog', { name: 'Reset demo data' })
    const radios = within(confirm).getAllByRole('radio').map((r) => r.closest('label')?.textContent)
    expect(radios).toEqual([
      expect.stringMatching(/^Typical: /),
      'Large: AAM limits: 20,000 segments, 1,000 destinations, 5,000 mappings on one destination',
      expect.stringMatching(/^Empty: /),
    ])
    expect(within(confirm).getByRole('radio', { name: /^Typical/ })).toBeChecked()
    await user.click(within(confirm).getByRole('radio', { name: /^Empty/ }))
    await user.click(within(confirm).getByRole('button', { name: 'Reset' }))
    expect(await screen.findByText('Demo data was reset to the Empty scenario.')).toBeInTheDocument()
    expect(demoDb().scenario).toBe('empty')
    expect(await screen.findByText('No destinations found')).toBeInTheDocument()
  })
})
