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

  test('an over-long search stays in the box and says so; the rows stay and nothing is sent', async ({ page }) => {
    const sent: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname === '/v1/destinations/') sent.push(url.searchParams.get('search') ?? '')
    })
    await page.goto('/destinations?q=pixel')
    const table = page.getByRole('grid', { name: 'Destinations' })
    await expect(table.getByRole('link', { name: 'Acme DSP Pixel' })).toBeVisible()
    const search = page.getByRole('searchbox', { name: 'Search destinations' })
    const long = 'x'.repeat(10_000)
    await search.fill(long)
    await search.press('Enter')
    await expect(search).toHaveAccessibleDescription(/Use at most 1,000 characters to search \(this text has 10,000\)\./)
    await expect(search).toHaveValue(long)
    await expect(page).toHaveURL(/q=pixel/)
    await expect(table.getByRole('link', { name: 'Acme DSP Pixel' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Could not load destinations' })).toHaveCount(0)

    await search.fill('Empty Test')
    await expect(page).toHaveURL(/q=Empty(\+|%20)Test/)
    await expect(table.getByRole('link', { name: 'Empty Test Destination' })).toBeVisible()
    await expect(search).not.toHaveAttribute('aria-invalid')
    expect(sent.filter((text) => text.length > 1000)).toEqual([])
  })

  for (const scale of ['medium', 'large'] as const) {
    test(`the list does not move when the Integrated Platforms filter loads (${scale} scale)`, async ({ page }) => {
      // Spectrum picks the large scale when no fine pointer is present (touch devices).
      if (scale === 'large') {
        await page.addInitScript(() => {
          const matchMedia = window.matchMedia.bind(window)
          window.matchMedia = (query: string) => {
            const list = matchMedia(query)
            if (query === '(any-pointer: fine)') Object.defineProperty(list, 'matches', { get: () => false })
            return list
          }
        })
      }
      await page.goto('/destinations')
      const table = page.getByRole('grid', { name: 'Destinations' })
      await expect(table.getByRole('link', { name: 'LiveRamp Acme Retail' })).toBeVisible()
      // Where the list starts, on every DOM change while the filter's placeholder or the filter is shown.
      // (Playwright cannot hold the filter's code: the demo backend's service worker fetches it.)
      await page.evaluate(() => {
        const tops: { shown: string; top: number }[] = []
        Object.assign(window, { listTops: tops })
        new MutationObserver(() => {
          const grid = document.querySelector('[role="grid"]')
          const shown = document.querySelector('[class*="filterPlaceholder"]') ? 'placeholder' : document.querySelector('[role="radiogroup"]') ? 'radios' : null
          if (grid && shown) tops.push({ shown, top: grid.getBoundingClientRect().top })
        }).observe(document.body, { childList: true, subtree: true, attributes: true })
      })
      await page.getByRole('tab', { name: 'Integrated Platforms' }).click()
      const radios = page.getByRole('radiogroup', { name: 'Integrated platform type' })
      await expect(radios).toBeVisible()
      await expect(radios.getByRole('radio', { name: 'All types' })).toBeChecked()
      const tops = await page.evaluate(() => (window as unknown as { listTops: { shown: string; top: number }[] }).listTops)
      const placeholderTops = tops.filter((t) => t.shown === 'placeholder').map((t) => t.top)
      const radiosTops = tops.filter((t) => t.shown === 'radios').map((t) => t.top)
      expect(placeholderTops.length).toBeGreaterThan(0)
      expect(radiosTops.length).toBeGreaterThan(0)
      // Sub-pixel differences only (the group's label line is 15.6 / 19.5 px high).
      const all = [...placeholderTops, ...radiosTops]
      expect(Math.max(...all) - Math.min(...all)).toBeLessThan(1)
      // The scale really is the one named (a radio row is 32 px high at medium, 40 px at large).
      expect((await radios.getByRole('radio').first().locator('xpath=..').boundingBox())!.height).toBe(scale === 'large' ? 40 : 32)
    })
  }

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
