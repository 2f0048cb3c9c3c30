import { expect, test } from './fixtures'

test.describe('destination list and details', () => {
  test('the list opens a destination, and its view state lives in the URL', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/destinations$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Destinations' })).toBeVisible()
    const table = page.getByRole('grid', { name: 'Destinations' })
    await expect(table.getByRole('link', { name: 'LiveRamp Acme Retail' })).toBeVisible()
    await expectNoA11yViolations(page)

    await page.getByRole('searchbox', { name: 'Search destinations' }).fill('pixel')
    await expect(page).toHaveURL(/q=pixel/)
    await expect(table.getByRole('link', { name: 'Acme DSP Pixel' })).toBeVisible()
    await expect(table.getByRole('link', { name: 'LiveRamp Acme Retail' })).toHaveCount(0)
    await page.reload()
    await expect(page.getByRole('searchbox', { name: 'Search destinations' })).toHaveValue('pixel')
    await expect(table.getByRole('link', { name: 'Acme DSP Pixel' })).toBeVisible()

    await page.getByRole('button', { name: 'Clear search' }).click()
    await table.getByRole('link', { name: 'LiveRamp Acme Retail' }).click()
    await expect(page).toHaveURL(/\/destinations\/1001$/)
    await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()
    await expect(page.getByText('acmeretail01')).toBeVisible()
    await expect(page.getByText('Segment ID', { exact: true }).first()).toBeVisible()
    await expect(page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Acme Retail' })).toBeVisible()
    await expectNoA11yViolations(page)

    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: 'Destinations' })).toBeVisible()
  })

  test('the Custom tab shows only custom destinations', async ({ page }) => {
    await page.goto('/destinations')
    await page.getByRole('tab', { name: 'Custom' }).click()
    await expect(page).toHaveURL(/tab=custom/)
    const table = page.getByRole('grid', { name: 'Destinations' })
    await expect(table.getByRole('link', { name: 'Acme DSP Pixel' })).toBeVisible()
    await expect(table.getByRole('link', { name: 'LiveRamp Acme Retail' })).toHaveCount(0)
  })

  test('Enter on a focused row opens the destination (keyboard)', async ({ page }) => {
    await page.goto('/destinations')
    const search = page.getByRole('searchbox', { name: 'Search destinations' })
    await search.focus()
    // Tab moves past the clear button and the tabs into the table; arrows move between rows.
    const grid = page.getByRole('grid', { name: 'Destinations' })
    const row = grid.getByRole('row', { name: /Acme DSP Pixel/ })
    const focusIn = (locator: typeof grid) => locator.evaluate((el) => el.contains(document.activeElement))
    for (let i = 0; i < 10 && !(await focusIn(grid)); i++) await page.keyboard.press('Tab')
    for (let i = 0; i < 5 && !(await focusIn(row)); i++) await page.keyboard.press('ArrowDown')
    expect(await focusIn(row)).toBe(true)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/destinations\/1003$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Acme DSP Pixel' })).toBeVisible()
  })

  test('customer care bulk-deletes destinations without mappings; a row click still opens one', async ({ page, signInAs, expectNoA11yViolations }) => {
    await signInAs('care')
    await page.goto('/destinations')
    const grid = page.getByRole('grid', { name: 'Destinations' })
    const mapped = grid.getByRole('row', { name: /LiveRamp Acme Retail/ })
    await expect(mapped.getByRole('checkbox')).toBeDisabled()
    await expect(mapped).toContainText('150 (has mappings, cannot be selected)')
    await expect(page.getByRole('button', { name: 'Delete Selected' })).toBeDisabled()
    await expectNoA11yViolations(page)

    await page.getByRole('searchbox', { name: 'Search destinations' }).fill('Empty Test')
    // A new search clears the selection: wait until the search is in the URL and the rows changed.
    await expect(page).toHaveURL(/\/destinations\?q=Empty/)
    await expect(mapped).toHaveCount(0)
    const row = grid.getByRole('row', { name: /Empty Test Destination/ })
    await row.getByRole('checkbox').check()
    await expect(row).toHaveAttribute('aria-selected', 'true')
    await page.getByRole('button', { name: 'Delete Selected' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Delete destinations' })
    await expect(confirm.getByRole('list', { name: 'Destinations to delete' })).toHaveText('Empty Test Destination (ID 1010)')
    await expectNoA11yViolations(page)
    await confirm.getByRole('button', { name: 'Delete' }).click()
    await expect(page.getByText('No destinations found')).toBeVisible()

    await page.getByRole('button', { name: 'Clear search' }).click()
    await grid.getByRole('row', { name: /Acme DSP Pixel/ }).getByRole('gridcell').nth(3).click()
    await expect(page).toHaveURL(/\/destinations\/1003$/)
  })

  test('an unknown destination shows a not-found page with a way back', async ({ page }) => {
    await page.goto('/destinations/987654')
    await expect(page.getByText(/987654 was not found/)).toBeVisible()
    await page.getByRole('link', { name: 'Back to Destinations' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Destinations' })).toBeVisible()
  })
})
