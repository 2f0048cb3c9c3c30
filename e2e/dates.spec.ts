import { expect, test } from './fixtures'

// Runs in the America/Los_Angeles and Pacific/Kiritimati projects (playwright.config.ts):
// mapping dates are UTC days and must not shift in either browser time zone.
test('start defaults to today in UTC and the chosen days are stored and shown unchanged', async ({ page }) => {
  const todayUtc = new Date().toISOString().slice(0, 10)
  const [y, m, d] = todayUtc.split('-')
  await page.goto('/destinations/1002')
  const combo = page.getByRole('combobox', { name: 'Search and Add Segments' })
  await combo.click()
  await combo.pressSequentially('Age Range: 35')
  await page.getByRole('option', { name: 'Age Range: 35-39', exact: true }).click()

  const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
  const start = editor.getByRole('group', { name: /^Start Date/ })
  await expect(start.getByRole('spinbutton', { name: /^month/ })).toHaveAttribute('aria-valuenow', String(Number(m)))
  await expect(start.getByRole('spinbutton', { name: /^day/ })).toHaveAttribute('aria-valuenow', String(Number(d)))
  await expect(start.getByRole('spinbutton', { name: /^year/ })).toHaveAttribute('aria-valuenow', String(Number(y)))

  // End before start is refused in the form.
  const end = editor.getByRole('group', { name: /^End Date/ })
  await end.getByRole('spinbutton', { name: /^month/ }).click()
  await page.keyboard.type('01012020')
  await editor.getByRole('textbox', { name: 'Destination Value for Age Range: 35-39' }).fill('Late thirties')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByText('End Date cannot be before Start Date.').first()).toBeVisible()

  // A cleared year is refused next to the field (not saved as the year typed before), and kept empty.
  const startYear = start.getByRole('spinbutton', { name: /^year/ })
  await startYear.click()
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await expect(startYear).toHaveText('yyyy')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor.getByText('Enter a complete date (month, day and year).')).toBeVisible()
  await expect(startYear).toHaveText('yyyy')
  await expect(editor).toBeVisible()

  // Pick explicit days and check they come back as the same calendar days.
  await start.getByRole('spinbutton', { name: /^month/ }).click()
  await page.keyboard.type('03152031')
  await end.getByRole('spinbutton', { name: /^month/ }).click()
  await page.keyboard.type('12312031')
  await editor.getByRole('button', { name: 'Save' }).click()
  await expect(editor).toBeHidden()

  const row = page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' }).getByRole('row', { name: /Age Range: 35-39/ })
  await expect(row).toContainText('03/15/2031')
  await expect(row).toContainText('12/31/2031')
  await expect(row).toContainText('Scheduled')

  const stored = await page.evaluate(async () => {
    const token = localStorage.getItem('destination-editor.demo-user') ?? 'demo-marketer'
    const response = await fetch('/v1/destinations/1002/mappings/', { headers: { Authorization: `Bearer ${token}` } })
    const list = (await response.json()) as { sid: number; startDate: string; endDate: string | null }[]
    return list.find((m) => m.sid === 10009)
  })
  expect(stored).toMatchObject({ startDate: '2031-03-15', endDate: '2031-12-31' })
})
