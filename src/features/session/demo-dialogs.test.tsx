import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../../test/render-app'
import { networkConditionsDialog, resetDemoDataDialog } from './demo-dialogs'
import { onDemand } from './on-demand'

afterEach(() => vi.restoreAllMocks())

describe('onDemand', () => {
  it('imports once for every caller, and hands out the module once it arrived', async () => {
    const module = { answer: 42 }
    const importer = vi.fn(() => Promise.resolve(module))
    const loader = onDemand(importer)
    expect(loader.loaded()).toBeUndefined()
    expect(importer).not.toHaveBeenCalled()

    const [a, b] = await Promise.all([loader.load(), loader.load()])
    expect(a).toBe(module)
    expect(b).toBe(module)
    expect(await loader.load()).toBe(module)
    expect(importer).toHaveBeenCalledTimes(1)
    expect(loader.loaded()).toBe(module)
  })

  it('tries the import again after a failure', async () => {
    const module = { answer: 42 }
    const importer = vi.fn<() => Promise<typeof module>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(module)
    const loader = onDemand(importer)
    await expect(loader.load()).rejects.toThrow('Failed to fetch dynamically imported module')
    expect(loader.loaded()).toBeUndefined()
    expect(await loader.load()).toBe(module)
    expect(importer).toHaveBeenCalledTimes(2)
  })
})

async function openFromMenu(user: Awaited<ReturnType<typeof renderApp>>['user'], item: string) {
  await user.click(await screen.findByRole('button', { name: /^Signed in as .+\(/ }))
  await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: item }))
}

describe('demo dialogs fetched on demand', () => {
  it('says so next to the menu when a dialog cannot be fetched, and opens it on the next try', async () => {
    const load = vi.spyOn(networkConditionsDialog, 'load').mockRejectedValue(new TypeError('Failed to fetch dynamically imported module.'))
    const { user } = await renderApp('/destinations')
    await openFromMenu(user, 'Network conditions')
    expect(
      await screen.findByText('Could not open Network conditions. Failed to fetch dynamically imported module. Check the connection, or reload the page.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    load.mockRestore()
    await openFromMenu(user, 'Network conditions')
    expect(await screen.findByRole('dialog', { name: 'Network conditions' })).toBeInTheDocument()
  })

  it('starts fetching both demo dialogs when the menu opens', async () => {
    const network = vi.spyOn(networkConditionsDialog, 'load')
    const reset = vi.spyOn(resetDemoDataDialog, 'load')
    const { user } = await renderApp('/destinations')
    expect(network).not.toHaveBeenCalled()
    expect(reset).not.toHaveBeenCalled()
    await user.click(await screen.findByRole('button', { name: /^Signed in as .+\(/ }))
    await waitFor(() => expect(network).toHaveBeenCalled())
    expect(reset).toHaveBeenCalled()
  })
})
