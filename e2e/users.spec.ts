import { expect, test } from './fixtures'

test('switching user changes what is enabled, and every disabled action says why', async ({ page }) => {
  await page.goto('/destinations/1010')
  const menuButton = page.getByRole('button', { name: /^Signed in as/ })
  await expect(menuButton).toHaveAccessibleName(/Maya Lopez \(Marketer\)/)
  await expect(page.getByRole('button', { name: 'Browse All Segments' })).toBeEnabled()
  const del = page.getByRole('button', { name: 'Delete' })
  await expect(del).toBeDisabled()
  await expect(del).toHaveAccessibleDescription(/DELETE_ALL_DESTINATIONS/)

  await menuButton.click()
  await page.getByRole('menuitem', { name: 'Viewer' }).click()
  await expect(page.getByRole('button', { name: /^Signed in as/ })).toHaveAccessibleName(/Viewer/)
  await expect(page.getByRole('button', { name: 'Browse All Segments' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Browse All Segments' })).toHaveAccessibleDescription(/MAP_ALL_TO_DESTINATIONS/)
  await expect(page.getByRole('combobox', { name: 'Search and Add Segments' })).toHaveAccessibleDescription(/MAP_ALL_TO_DESTINATIONS/)

  await page.getByRole('button', { name: /^Signed in as/ }).click()
  await page.getByRole('menuitem', { name: 'Customer Care' }).click()
  await expect(page.getByRole('button', { name: /^Signed in as/ })).toHaveAccessibleName(/Customer Care/)
  await expect(page.getByRole('button', { name: 'Delete' })).toBeEnabled()
  await expect(page.getByRole('button', { name: 'Browse All Segments' })).toBeEnabled()

  // The choice survives a reload.
  await page.reload()
  await expect(page.getByRole('button', { name: /^Signed in as/ })).toHaveAccessibleName(/Customer Care/)
})

test('a viewer sees why mapping is disabled, readable and linked to the disabled controls', async ({ page, signInAs, expectNoA11yViolations }) => {
  await signInAs('viewer')
  await page.goto('/destinations/1002')
  const combo = page.getByRole('combobox', { name: 'Search and Add Segments' })
  await expect(combo).toBeDisabled()
  const reason = page.getByText(/^Adding, editing and removing mappings is disabled: .*MAP_ALL_TO_DESTINATIONS/)
  await expect(reason).toBeVisible()
  await expect(combo).toHaveAccessibleDescription(/MAP_ALL_TO_DESTINATIONS/)
  await expect(page.getByRole('button', { name: 'Browse All Segments' })).toHaveAccessibleDescription(/MAP_ALL_TO_DESTINATIONS/)
  await expect(page.getByRole('grid', { name: /^Segments Mapped to / }).getByRole('row').nth(1)).toBeVisible()
  await expectNoA11yViolations(page)
})

test('a destination with mappings cannot be deleted, and says how many it has', async ({ page, signInAs }) => {
  await signInAs('care')
  await page.goto('/destinations/1001')
  const del = page.getByRole('button', { name: 'Delete' })
  await expect(del).toBeDisabled()
  await expect(del).toHaveAccessibleDescription('Remove its 150 segment mappings first.')
})

test('Reset demo data restores the seed', async ({ page, signInAs }) => {
  await signInAs('care')
  await page.goto('/destinations/1010')
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('alertdialog', { name: 'Delete destination' }).getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Destinations' })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search destinations' }).fill('Empty Test')
  await expect(page.getByText('No destinations found')).toBeVisible()

  await page.getByRole('button', { name: /^Signed in as/ }).click()
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Reset demo data' })
  await expect(confirm).toContainText('cannot be undone')
  await confirm.getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByRole('grid', { name: 'Destinations' }).getByRole('link', { name: 'Empty Test Destination' })).toBeVisible()
})

test('the demo backend keeps answering after the user stays on a "leave page?" prompt', async ({ page }) => {
  await page.goto('/destinations/1001')
  await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()
  // What the browser fires before its prompt; choosing "Stay" keeps the page alive afterwards.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeunload', { cancelable: true })))
  await page.getByRole('link', { name: 'Destinations' }).first().click()
  await expect(page.getByRole('grid', { name: 'Destinations' }).getByRole('link', { name: 'Acme DSP Pixel' })).toBeVisible()
})
