import { expect, test } from './fixtures'

const DRAFT_KEY = 'destination-editor.draft.destination.2102.1001'

test.describe('drafts and undo', () => {
  test('an unsaved edit survives a reload and comes back only when the user restores it', async ({ page, signInAs, expectNoA11yViolations }) => {
    await signInAs('care')
    await page.goto('/destinations/1001/edit')
    const clientName = page.getByRole('textbox', { name: 'LiveRamp Client Name' })
    await expect(clientName).toHaveValue('acmeretail01')
    await clientName.fill('acmeretail09')
    await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), DRAFT_KEY)).toContain('acmeretail09')

    // The form asks before the tab reloads (beforeunload); the user confirms.
    page.once('dialog', (dialog) => void dialog.accept())
    await page.reload()
    const offer = page.getByRole('alert').filter({ hasText: 'Unsaved changes' })
    await expect(offer).toContainText('You have unsaved changes from just now.')
    await expect(clientName).toHaveValue('acmeretail01')
    await expectNoA11yViolations(page, 'form')
    await offer.getByRole('button', { name: 'Restore changes' }).click()
    await expect(clientName).toHaveValue('acmeretail09')
    await expect(offer).toBeHidden()

    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()
    await expect(page.getByText('acmeretail09', { exact: true })).toBeVisible()
    expect(await page.evaluate((key) => window.localStorage.getItem(key), DRAFT_KEY)).toBeNull()
  })

  test('a removed mapping comes back with "Undo", with the same value and dates', async ({ page }) => {
    await page.goto('/destinations/1002')
    const table = page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' })
    const row = table.getByRole('row', { name: /Sports: Baseball/ })
    await expect(row).toContainText('Acme Sports Fans')
    const before = (await row.innerText()).replace(/\s+/g, ' ').trim()

    await page.getByRole('button', { name: 'Remove mapping for Sports: Baseball' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Remove mapping' })
    await expect(confirm).toContainText('You can undo this for 10 seconds after removing.')
    await confirm.getByRole('button', { name: 'Remove' }).click()
    await expect(row).toHaveCount(0)
    const toast = page.getByRole('alertdialog').filter({ hasText: 'Removed Sports: Baseball from LiveRamp Friendly Names' })
    await toast.getByRole('button', { name: 'Undo' }).click()

    await expect(page.getByText('Undone: Sports: Baseball is mapped to LiveRamp Friendly Names again, with the same mapping value and dates.')).toBeVisible()
    await expect(row).toHaveCount(1)
    await expect.poll(async () => (await row.innerText()).replace(/\s+/g, ' ').trim()).toBe(before)
  })
})
