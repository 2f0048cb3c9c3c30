import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Chooses `option` in the Spectrum Picker labelled `label` (its button's name ends with the label). */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('button', { name: new RegExp(`${label}$`) }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true })

test.describe('destination configuration', () => {
  test('customer care turns a LiveRamp case into a destination, and a marketer maps to it', async ({ page, signInAs }) => {
    await signInAs('care')
    await page.goto('/destinations')
    await page.getByRole('button', { name: 'Create Destination' }).click()
    await expect(page).toHaveURL(/\/destinations\/new$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Create New Destination' })).toBeVisible()

    await choose(page, 'Category', 'Integrated Platforms')
    await expect(page.getByRole('button', { name: /Device-Based Type$/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /LiveRamp Platform$/ })).toBeVisible()
    await nameField(page).fill('LiveRamp Case 4711')
    await page.getByRole('textbox', { name: 'Description' }).fill('Acme Outdoor, case 4711')
    const clientName = page.getByRole('textbox', { name: 'LiveRamp Client Name' })
    await clientName.fill('acme-01!')
    await expect(page.getByRole('radio', { name: 'Auto-fill Segment ID' })).toBeChecked()
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(clientName).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Use 1 to 64 letters and digits only.')).toBeVisible()
    await expect(page).toHaveURL(/\/destinations\/new$/)
    await expect(nameField(page)).toHaveValue('LiveRamp Case 4711')

    await clientName.fill('acme01')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Case 4711' })).toBeVisible()
    await expect(page).toHaveURL(/\/destinations\/\d+$/)
    await expect(page.getByText('Destination "LiveRamp Case 4711" was created.')).toBeVisible()
    await expect(page.getByText('acme01', { exact: true })).toBeVisible()

    // The marketer maps a segment to it; auto-fill puts the segment ID in.
    await page.getByRole('button', { name: /^Signed in as/ }).click()
    await page.getByRole('menuitem', { name: 'Marketer' }).click()
    await expect(page.getByRole('button', { name: /\(Marketer\)$/ })).toBeVisible()
    await page.getByRole('button', { name: 'Browse All Segments' }).click()
    const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
    await picker.getByRole('searchbox', { name: 'Search segments' }).fill('Age Range: 18-20')
    await picker.getByRole('checkbox', { name: 'Select Age Range: 18-20', exact: true }).check()
    await picker.getByRole('button', { name: 'Add Selected Segments' }).click()
    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    await expect(editor.getByRole('grid', { name: 'Segments to map' }).getByRole('row', { name: 'Age Range: 18-20' })).toContainText('10001')
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(editor).toBeHidden()
    await expect(page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Case 4711' }).getByRole('row', { name: /Age Range: 18-20/ })).toContainText('10001')
  })

  test('a serialized URL destination is refused without %ALIAS%, by the form and by the backend', async ({ page, signInAs }) => {
    await signInAs('care')
    await page.goto('/destinations/new')
    await nameField(page).fill('Outdoor Pixel')
    await page.getByRole('checkbox', { name: 'Serialize' }).check()
    const base = page.getByRole('textbox', { name: 'Base URL' })
    const secure = page.getByRole('textbox', { name: 'Secure URL' })
    await base.fill('http://px.outdoor.example/seg?ids=1')
    await secure.fill('https://px.outdoor.example/seg?ids=1')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(base).toHaveAttribute('aria-invalid', 'true')
    await expect(secure).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Add the %ALIAS% macro where the segment values go.').first()).toBeVisible()
    await expect(page).toHaveURL(/\/destinations\/new$/)

    const refused = await page.evaluate(async () => {
      const response = await fetch('/v1/destinations/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo-care' },
        body: JSON.stringify({ name: 'Outdoor Pixel', destinationType: 'PUSH', serializationEnabled: true, urlFormatString: 'http://px.outdoor.example/?ids=1', secureUrlFormatString: 'https://px.outdoor.example/?ids=%ALIAS%', delimiter: ',' }),
      })
      return { status: response.status, body: (await response.json()) as { code: string; details: { field: string }[] } }
    })
    expect(refused.status).toBe(400)
    expect(refused.body.code).toBe('VALIDATION_FAILED')
    expect(refused.body.details.map((d) => d.field)).toEqual(['urlFormatString'])

    await base.fill('http://px.outdoor.example/seg?ids=%ALIAS%')
    await secure.fill('https://px.outdoor.example/seg?ids=%ALIAS%')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Outdoor Pixel' })).toBeVisible()
    await expect(page.getByText('https://px.outdoor.example/seg?ids=%ALIAS%')).toBeVisible()
  })

  test('a marketer sees Create Destination and Edit disabled with the reason', async ({ page }) => {
    await page.goto('/destinations')
    const create = page.getByRole('button', { name: 'Create Destination' })
    await expect(create).toBeDisabled()
    await expect(create).toHaveAccessibleDescription(/CREATE_DESTINATIONS/)
    await page.goto('/destinations/1010')
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveAccessibleDescription(/EDIT_ALL_DESTINATIONS/)
    await page.goto('/destinations/new')
    await expect(page.getByText('You cannot create destinations')).toBeVisible()
    await expect(nameField(page)).toHaveCount(0)
  })

  test('the create form of each type and the edit form have no accessibility violations', async ({ page, signInAs, expectNoA11yViolations }) => {
    await signInAs('care')
    await page.goto('/destinations/new')
    await page.getByRole('checkbox', { name: 'Serialize' }).check()
    await expect(page.getByRole('textbox', { name: 'Base URL' })).toBeVisible()
    await expectNoA11yViolations(page)
    await choose(page, 'Type', 'Cookie')
    await expect(page.getByRole('textbox', { name: 'Cookie Name' })).toBeVisible()
    await expectNoA11yViolations(page)
    await choose(page, 'Category', 'Integrated Platforms')
    await expect(page.getByRole('textbox', { name: 'LiveRamp Client Name' })).toBeVisible()
    await expectNoA11yViolations(page)
    // Leaving with changes asks first.
    await page.getByRole('button', { name: 'Cancel' }).click()
    const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' })
    await expect(leave).toBeVisible()
    await leave.getByRole('button', { name: 'Leave' }).click()
    await expect(page).toHaveURL(/\/destinations$/)

    await page.goto('/destinations/1001/edit')
    await expect(page.getByRole('heading', { level: 1, name: 'Edit LiveRamp Acme Retail' })).toBeVisible()
    await expect(nameField(page)).not.toBeEditable()
    await expectNoA11yViolations(page)
  })

  test('customer care deletes a destination with mappings through the guided removal', async ({ page, signInAs, expectNoA11yViolations }) => {
    await signInAs('care')
    await page.goto('/destinations/1002')
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription('Remove its 4 segment mappings first.')
    await page.getByRole('button', { name: 'Remove All Mappings' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Remove all mappings, then delete' })
    await expect(dialog).toContainText('has 4 segment mappings')
    await expectNoA11yViolations(page)
    const go = dialog.getByRole('button', { name: 'Remove 4 segment mappings and delete' })
    await expect(go).toBeDisabled()
    await dialog.getByRole('textbox', { name: 'Type the destination ID (1002) to confirm' }).fill('1002')
    await go.click()
    await expect(page.getByText('Removed 4 segment mappings and deleted destination "LiveRamp Friendly Names".')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Destinations' })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search destinations' }).fill('Friendly Names')
    await expect(page.getByText('No destinations found')).toBeVisible()
  })

  test('switching to auto-fill keeps mapping values until "Re-apply auto-fill" is confirmed from its preview', async ({ page, signInAs, expectNoA11yViolations }) => {
    await signInAs('care')
    await page.goto('/destinations/1002')
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Edit LiveRamp Friendly Names' })).toBeVisible()
    await page.getByRole('radio', { name: 'Auto-fill Segment ID' }).check()
    await expect(page.getByText(/Existing mappings keep their values/)).toBeVisible()
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Friendly Names' })).toBeVisible()
    const table = page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' })
    await expect(table.getByText('Acme Sports Fans')).toBeVisible()
    await expect(page.getByText(/4 segment mappings have values that differ from Auto-fill \(Segment ID\)/)).toBeVisible()
    await expect(table.getByText(/^Differs from auto-fill \(\d+\)$/)).toHaveCount(4)
    await expect(page.getByRole('heading', { level: 2, name: 'Data sources with Data Export Controls' })).toBeVisible()

    await page.getByRole('button', { name: 'Re-apply auto-fill' }).click()
    const preview = page.getByRole('dialog', { name: 'Re-apply auto-fill' })
    await expect(preview.getByRole('list', { name: 'Mappings that will change' }).getByRole('listitem')).toHaveCount(4)
    await expect(preview).toContainText('"Acme Sports Fans" →')
    await expectNoA11yViolations(page)
    await preview.getByRole('button', { name: 'Re-apply to 4 mappings' }).click()
    await expect(preview).toBeHidden()
    await expect(page.getByText('Re-applied auto-fill to 4 mappings.')).toBeVisible({ timeout: 15_000 })
    await expect(table.getByText('Acme Sports Fans')).toHaveCount(0)
    await expect(page.getByText(/have values that differ/)).toHaveCount(0)
    await expect(table.getByText(/^Differs from auto-fill/)).toHaveCount(0)
  })
})

test('a save from a second tab on a stale copy is refused, not silently applied', async ({ page, context, signInAs }) => {
  await signInAs('care')
  await page.goto('/destinations/1001/edit')
  const other = await context.newPage()
  await other.goto('/destinations/1001/edit')
  await expect(other.getByRole('heading', { level: 1, name: 'Edit LiveRamp Acme Retail' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Edit LiveRamp Acme Retail' })).toBeVisible()

  await page.getByRole('textbox', { name: 'Description' }).fill('Changed in the first tab')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()

  await other.getByRole('textbox', { name: 'LiveRamp Client Name' }).fill('acmeretail99')
  await other.getByRole('button', { name: 'Save' }).click()
  await expect(other.getByText('Someone else changed this destination')).toBeVisible()
  await expect(other.getByRole('textbox', { name: 'LiveRamp Client Name' })).toHaveValue('acmeretail99')
})
