import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** localStorage keys of Edit Mapping drafts (`mappingDraftKey`: user, destination, "new" or mapping ID). */
const MAPPING_DRAFT_PREFIX = 'destination-editor.draft.mapping.'

/** Every Edit Mapping draft in the page's localStorage, as stored text. */
function mappingDrafts(page: Page) {
  return page.evaluate((prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)).map((k) => window.localStorage.getItem(k) ?? ''), MAPPING_DRAFT_PREFIX)
}

test.describe('Edit Mapping drafts', () => {
  test('a segment added with a typed value survives a reload, and is saved after Restore', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/destinations/1002')
    const combo = page.getByRole('combobox', { name: 'Search and Add Segments' })
    await combo.click()
    await combo.pressSequentially('Age Range: 21')
    await page.getByRole('option', { name: 'Age Range: 21-24', exact: true }).click()
    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    const value = editor.getByRole('textbox', { name: 'Destination Value for Age Range: 21-24' })
    await value.fill('Acme Young Adults')
    await expect.poll(() => mappingDrafts(page)).toEqual([expect.stringContaining('Acme Young Adults')])

    // The dialog asks before the tab reloads (beforeunload); the user confirms.
    page.once('dialog', (dialog) => void dialog.accept())
    await page.reload()
    const offer = page.getByRole('alert').filter({ hasText: 'You have an unsaved mapping' })
    await expect(offer).toContainText('You have an unsaved mapping from just now: 1 segment.')
    await expect(editor).toBeHidden()
    await expectNoA11yViolations(page)
    await offer.getByRole('button', { name: 'Restore' }).click()

    await expect(value).toHaveValue('Acme Young Adults')
    await expect(offer).toBeHidden()
    await editor.getByRole('button', { name: 'Save' }).click()
    await expect(editor).toBeHidden()
    await expect(page.getByText('1 segment mapped to LiveRamp Friendly Names')).toBeVisible()
    const table = page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Friendly Names' })
    await expect(table.getByRole('row', { name: /Age Range: 21-24/ })).toContainText('Acme Young Adults')
    expect(await mappingDrafts(page)).toEqual([])

    // Saved, and nothing is offered any more after another reload.
    await page.reload()
    await expect(table.getByRole('row', { name: /Age Range: 21-24/ })).toContainText('Acme Young Adults')
    await expect(page.getByText(/You have an unsaved mapping/)).toHaveCount(0)
  })
})
