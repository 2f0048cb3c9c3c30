import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * The demo build runs under its Content-Security-Policy (meta tag from vite.config.ts, policy in
 * server/content-security-policy.ts): the list and the details pages work with no
 * `securitypolicyviolation` event and no CSP message on the console, and the policy is in force.
 */

/** Collects CSP violations of `page`: the DOM event (from the first script on) and console messages. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = []
  page.on('console', (message) => {
    if (/content security policy|refused to (load|execute|evaluate|apply|connect|create)/i.test(message.text())) fromConsole.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))]
}

test.describe('Content-Security-Policy', () => {
  test('the list and the details pages work without a CSP violation', async ({ page, signInAs }) => {
    const violations = await watchViolations(page)
    await signInAs('care')
    await page.goto('/destinations')
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("object-src 'none'")

    const table = page.getByRole('grid', { name: 'Destinations' })
    await expect(table.getByRole('link', { name: 'LiveRamp Acme Retail' })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search destinations' }).fill('pixel')
    await expect(page).toHaveURL(/q=pixel/)
    await expect(table.getByRole('link', { name: 'LiveRamp Acme Retail' })).toHaveCount(0)
    await table.getByRole('link', { name: 'Acme DSP Pixel' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Acme DSP Pixel' })).toBeVisible()
    await expect(page.getByRole('grid', { name: 'Segments Mapped to Acme DSP Pixel' })).toBeVisible()

    await page.goto('/destinations/1001')
    await expect(page.getByRole('heading', { level: 1, name: 'LiveRamp Acme Retail' })).toBeVisible()
    await expect(page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Acme Retail' })).toBeVisible()
    expect(await violations()).toEqual([])
  })

  test('the policy is in force: an injected inline script is refused and reported', async ({ page }) => {
    const violations = await watchViolations(page)
    await page.goto('/destinations')
    await expect(page.getByRole('heading', { level: 1, name: 'Destinations' })).toBeVisible()
    // (Playwright's own evaluate is exempt from CSP, so the check injects a script element.)
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return Boolean((window as unknown as { __inlineRan?: boolean }).__inlineRan)
    })
    expect(ran).toBe(false)
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/))
  })
})
