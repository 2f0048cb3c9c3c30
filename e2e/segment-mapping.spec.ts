import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Picks segments in the open "Browse All Segments" dialog by ticking their "Select …" checkboxes. */
async function pick(page: Page, names: string[]) {
  const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
  for (const name of names) {
    await picker.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check()
  }
}

test.describe('segment mapping', () => {
  test('a marketer maps three segments to the LiveRamp auto-fill destination through the picker', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/destinations/1001')
    await page.getByRole('button', { name: 'Browse All Segments' }).click()
    const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
    await expect(picker.getByRole('treegrid', { name: 'Segment folders' })).toBeVisible()
    await picker.getByRole('searchbox', { name: 'Search segments' }).fill('Age Range')
    await expect(picker.getByRole('checkbox', { name: 'Select Age Range: 18-20', exact: true })).toBeVisible()
    // Already mapped segments are marked; blocked ones are disabled elsewhere (see below).
    await expect(picker.getByRole('row', { name: /Age Range: 45-49/ }).getByText('Mapped', { exact: true })).toBeVisible()
    await expectNoA11yViolations(page)

    await pick(page, ['Age Range: 18-20', 'Age Range: 21-24'])
    // The selection survives a new search.
    await picker.getByRole('searchbox', { name: 'Search segments' }).fill('25-29')
    await pick(page, ['Age Range: 25-29'])
    await expect(picker.getByText('3 selected')).toBeVisible()
    await picker.getByRole('button', { name: 'Add Selected Segments' }).click()

    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    // Auto-filled values are read-only text in the rows table (no field to edit).
    const rows = editor.getByRole('grid', { name: 'Segments to map' })
    for (const [name, sid] of [['Age Range: 18-20', '10001'], ['Age Range: 21-24', '10003'], ['Age Range: 25-29', '10006']]) {
      const row = rows.getByRole('row', { name })
      await expect(row.getByRole('gridcell').nth(1)).toHaveText(sid)
      await expect(row.getByRole('textbox')).toHaveCount(0)
      await expect(row).toContainText('Auto-filled')
    }
    await expectNoA11yViolations(page)
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(editor).toBeHidden()
    await expect(page.getByText('3 segments mapped to LiveRamp Acme Retail')).toBeVisible()

    const table = page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Acme Retail' })
    await page.getByRole('searchbox', { name: 'Search mapped segments' }).fill('Age Range: 2')
    await expect(table.getByRole('row', { name: /Age Range: 21-24/ })).toContainText('10003')
    await expect(table.getByRole('row', { name: /Age Range: 25-29/ })).toContainText('10006')

    // Saved in the demo database (IndexedDB): a reload keeps the mappings.
    await page.reload()
    await page.getByRole('searchbox', { name: 'Search mapped segments' }).fill('Age Range: 18-20')
    await expect(table.getByRole('row', { name: /Age Range: 18-20/ })).toContainText('10001')
  })

  test('a segment blocked by Data Export Controls cannot be picked and says why', async ({ page }) => {
    await page.goto('/destinations/1001')
    await page.getByRole('button', { name: 'Browse All Segments' }).click()
    const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
    await picker.getByRole('searchbox', { name: 'Search segments' }).fill('10068')
    const row = picker.getByRole('row', { name: /Household Income/ })
    await expect(row.getByText('Blocked', { exact: true })).toBeVisible()
    await expect(row).toContainText('Offline CRM Onboarding')
    await expect(row.getByRole('checkbox')).toBeDisabled()
  })

  test('manual mapping requires a typed value and keeps it through validation errors', async ({ page }) => {
    await page.goto('/destinations/1002')
    const combo = page.getByRole('combobox', { name: 'Search and Add Segments' })
    await combo.click()
    await combo.pressSequentially('Age Range: 30')
    await page.getByRole('option', { name: 'Age Range: 30-34', exact: true }).click()

    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    const value = editor.getByRole('textbox', { name: 'Destination Value for Age Range: 30-34' })
    await expect(value).toHaveValue('')
    await expect(value).toBeEditable()
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(editor.getByText('Enter a mapping value.')).toBeVisible()

    await value.fill('x'.repeat(300))
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(editor.getByText('Use at most 255 characters.')).toBeVisible()

    // Escape with something typed asks before anything is lost.
    await page.keyboard.press('Escape')
    await expect(editor.getByText('Discard your changes?')).toBeVisible()
    await editor.getByRole('button', { name: 'Keep editing' }).click()
    await expect(value).toHaveValue('x'.repeat(300))

    await value.fill('<script>alert(1)</script> Thirty-somethings')
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(editor).toBeHidden()
    const table = page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' })
    // Stored and shown as plain text.
    await expect(table.getByRole('row', { name: /Age Range: 30-34/ })).toContainText('<script>alert(1)</script> Thirty-somethings')
  })

  test('removing a LiveRamp mapping asks first and explains what removal means', async ({ page }) => {
    await page.goto('/destinations/1001')
    await page.getByRole('searchbox', { name: 'Search mapped segments' }).fill('Age Range: 45-49')
    await page.getByRole('button', { name: 'Remove mapping for Age Range: 45-49' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Remove mapping' })
    await expect(confirm).toContainText('stops refreshing in LiveRamp')
    await expect(confirm).toContainText('not deleted from LiveRamp')
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    const table = page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Acme Retail' })
    await expect(table.getByRole('row', { name: /Age Range: 45-49/ })).toHaveCount(1)

    await page.getByRole('button', { name: 'Remove mapping for Age Range: 45-49' }).click()
    await page.getByRole('alertdialog', { name: 'Remove mapping' }).getByRole('button', { name: 'Remove' }).click()
    await expect(page.getByText('Removed Age Range: 45-49 from LiveRamp Acme Retail')).toBeVisible()
    await expect(table.getByRole('row', { name: /Age Range: 45-49/ })).toHaveCount(0)
  })

  test('one mapping done with the keyboard only', async ({ page }) => {
    await page.goto('/destinations/1001')
    await page.getByRole('button', { name: 'Browse All Segments' }).focus()
    await page.keyboard.press('Enter')
    const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
    // The search field has focus when the picker opens.
    await expect(picker.getByRole('searchbox', { name: 'Search segments' })).toBeFocused()
    await page.keyboard.type('10009')
    const checkbox = picker.getByRole('checkbox', { name: 'Select Age Range: 35-39', exact: true })
    await expect(checkbox).toBeVisible()
    // Move into the results grid and select the row with Space.
    for (let i = 0; i < 12 && !(await checkbox.isChecked()); i++) {
      await page.keyboard.press('Tab')
      const focusedInRow = await picker.getByRole('row', { name: /Age Range: 35-39/ }).evaluate((row) => row.contains(document.activeElement))
      if (focusedInRow) await page.keyboard.press('Space')
    }
    await expect(checkbox).toBeChecked()
    await expect(picker.getByText('1 selected')).toBeVisible()
    const add = picker.getByRole('button', { name: 'Add Selected Segments' })
    for (let i = 0; i < 15 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')

    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    await expect(editor.getByRole('grid', { name: 'Segments to map' }).getByRole('row', { name: 'Age Range: 35-39' })).toContainText('10009')
    const save = editor.getByRole('button', { name: 'Save' })
    for (let i = 0; i < 25 && !(await save.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(editor).toBeHidden()
    await expect(page.getByText('1 segment mapped to LiveRamp Acme Retail')).toBeVisible()
  })

  test('manual values for several segments are typed row by row, and a listed problem leads to its row', async ({ page }) => {
    await page.goto('/destinations/1002')
    await page.getByRole('button', { name: 'Browse All Segments' }).click()
    const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
    await picker.getByRole('searchbox', { name: 'Search segments' }).fill('Age Range: 2')
    await picker.getByRole('button', { name: 'Select all 4 matching' }).click()
    await expect(picker.getByText('Added 4 segments to the selection.')).toBeVisible()
    await picker.getByRole('button', { name: 'Add Selected Segments' }).click()

    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    const field = (name: string) => editor.getByRole('textbox', { name: `Destination Value for ${name}`, exact: true })
    await field('Age Range: 21-24').click()
    // Inside a field the arrows move the caret; Arrow Down goes to the next row's field.
    await page.keyboard.type('Acme')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type('X')
    await expect(field('Age Range: 21-24')).toHaveValue('AcXme')
    await page.keyboard.press('ArrowDown')
    await expect(field('Age Range: 21-24 - 30 days')).toBeFocused()
    await page.keyboard.type('Acme 30 days')

    await editor.getByRole('button', { name: 'Save' }).click()
    const problems = editor.getByRole('list', { name: 'Rows with problems' })
    await expect(problems.getByRole('link')).toHaveCount(2)
    await problems.getByRole('link', { name: /^Age Range: 25-29 \(Segment ID \d+\): Enter a mapping value\.$/ }).click()
    await expect(field('Age Range: 25-29')).toBeFocused()
    await page.keyboard.type('Acme Twenties')
    await field('Age Range: 21-24 - 7 days').fill('Acme 7 days')
    await expect(problems).toBeHidden()
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('4 segments mapped to LiveRamp Friendly Names')).toBeVisible()
  })
})

test.describe('segment mapping at scale', () => {
  test('a marketer maps every segment matching a search, about a thousand, on the large demo', async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto('/destinations')
    await expect(page.getByRole('main')).toBeVisible()
    // The "large" scenario: 20,000 segments, destination 1001 with 5,000 mappings.
    const status = await page.evaluate(async () => {
      const response = await fetch('/__demo/reset', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenario: 'large' }) })
      return response.status
    })
    expect(status).toBe(204)
    await page.goto('/destinations/1001')
    await page.getByRole('button', { name: 'Browse All Segments' }).click()
    const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
    await picker.getByRole('searchbox', { name: 'Search segments' }).fill('Sports')
    const selectAll = picker.getByRole('button', { name: /^Select all \d{1,3},\d{3} matching$/ })
    await selectAll.click()
    const summary = picker.getByText(/^Added [\d,]+ segments to the selection\. Skipped [\d,]+: [\d,]+ already mapped to this destination/)
    await expect(summary).toBeVisible({ timeout: 30_000 })
    const added = /^Added ([\d,]+) segments/.exec((await summary.textContent()) ?? '')?.[1] ?? ''
    await expect(picker.getByText(`${added} selected`)).toBeVisible()
    await picker.getByRole('button', { name: 'Add Selected Segments' }).click()

    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    const rows = editor.getByRole('grid', { name: 'Segments to map' })
    await expect(rows).toHaveAttribute('aria-rowcount', String(Number(added.replace(/,/g, '')) + 1))
    await expect(editor.getByText(`Applies to all ${added} rows.`, { exact: false })).toBeVisible()
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText(`${added} segments mapped to LiveRamp Acme Retail`)).toBeVisible({ timeout: 60_000 })
    await expect(editor).toBeHidden()
  })
})
