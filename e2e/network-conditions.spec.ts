import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const badge = (page: Page) => page.getByRole('button', { name: /^Network conditions: / })

/** Opens "Network conditions" from the current-user menu and returns the dialog. */
async function openNetworkConditions(page: Page) {
  await page.getByRole('button', { name: /^Signed in as/ }).click()
  await page.getByRole('menuitem', { name: 'Network conditions' }).click()
  const dialog = page.getByRole('dialog', { name: 'Network conditions' })
  await expect(dialog).toBeVisible()
  return dialog
}

test.describe('network conditions (demo faults)', () => {
  test('failing saves from the menu: the badge shows, a failed save keeps its input, clearing lets it save', async ({ page, signInAs, expectNoA11yViolations }) => {
    await signInAs('care')
    await page.goto('/destinations/1010/edit')
    await expect(page.getByRole('heading', { level: 1, name: 'Edit Empty Test Destination' })).toBeVisible()
    await expect(badge(page)).toBeHidden()

    const dialog = await openNetworkConditions(page)
    await dialog.getByRole('textbox', { name: 'Error rate (%)' }).fill('100')
    await dialog.getByRole('checkbox', { name: 'GET' }).uncheck()
    await expectNoA11yViolations(page, '[role="dialog"]')
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await expect(dialog).toBeHidden()
    await expect(badge(page)).toHaveAccessibleName('Network conditions: 100% of requests fail (POST/PUT/DELETE only)')

    const description = page.getByRole('textbox', { name: 'Description' })
    await description.fill('Saved after the outage')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Could not save the destination')).toBeVisible()
    await expect(page.getByText(/simulated/i).first()).toBeVisible()
    await expect(description).toHaveValue('Saved after the outage')
    await expect(page).toHaveURL(/\/destinations\/1010\/edit$/)

    await badge(page).click()
    const again = page.getByRole('dialog', { name: 'Network conditions' })
    await expect(again.getByRole('textbox', { name: 'Error rate (%)' })).toHaveValue('100')
    await again.getByRole('button', { name: 'Clear faults' }).click()
    await expect(badge(page)).toBeHidden()
    await expect(description).toHaveValue('Saved after the outage')

    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Destination "Empty Test Destination" was saved.')).toBeVisible()
    await expect(page.getByText('Saved after the outage')).toBeVisible()
  })

  test('offline survives a reload: the badge and the offline banner show until the faults are cleared', async ({ page }) => {
    await page.goto('/destinations/1001')
    await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()
    const dialog = await openNetworkConditions(page)
    await dialog.getByRole('switch', { name: /^Offline/ }).check()
    await dialog.getByRole('button', { name: 'Apply' }).click()
    await expect(badge(page)).toHaveAccessibleName('Network conditions: offline')

    await page.reload()
    await expect(badge(page)).toHaveAccessibleName('Network conditions: offline')
    await expect(page.getByRole('heading', { name: 'You are offline, or the server cannot be reached' })).toBeVisible()

    await badge(page).click()
    await page.getByRole('dialog', { name: 'Network conditions' }).getByRole('button', { name: 'Clear faults' }).click()
    await expect(badge(page)).toBeHidden()
    await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()
    await expect(page.getByRole('heading', { name: /You are offline/ })).toBeHidden()
  })

  test('Reset demo data can switch to the Empty scenario', async ({ page, signInAs }) => {
    await signInAs('care')
    await page.goto('/destinations')
    await page.getByRole('button', { name: /^Signed in as/ }).click()
    await page.getByRole('menuitem', { name: 'Reset demo data' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Reset demo data' })
    await confirm.getByRole('radio', { name: /^Empty/ }).check()
    await confirm.getByRole('button', { name: 'Reset' }).click()
    await expect(page.getByText('Demo data was reset to the Empty scenario.')).toBeVisible()
    await expect(page.getByText('No destinations found')).toBeVisible()
  })
})
