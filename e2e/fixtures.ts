import { test as base, expect, type Page } from '@playwright/test'
import { AxeBuilder } from '@axe-core/playwright'

export type DemoUser = 'marketer' | 'care' | 'viewer'

/** localStorage key and values the app reads to pick the demo user (features/session). */
export const DEMO_USER_STORAGE_KEY = 'destination-editor.demo-user'

interface DemoFixtures {
  /** Signs in as a demo user before the first page load (default: marketer). */
  signInAs: (user: DemoUser) => Promise<void>
  /** Resets the demo backend of the open page to a scenario through `POST /__demo/reset`. */
  resetDemo: (scenario?: 'typical' | 'empty') => Promise<void>
  /** Runs axe on the page and fails on serious or critical violations. */
  expectNoA11yViolations: (page: Page, include?: string) => Promise<void>
}

export const test = base.extend<DemoFixtures>({
  signInAs: async ({ page }, use) => {
    await use(async (user) => {
      await page.addInitScript(
        ([key, value]) => window.localStorage.setItem(key, value),
        [DEMO_USER_STORAGE_KEY, `demo-${user}`] as const,
      )
    })
  },
  resetDemo: async ({ page }, use) => {
    await use(async (scenario = 'typical') => {
      const status = await page.evaluate(async (s) => {
        const response = await fetch('/__demo/reset', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ scenario: s }),
        })
        return response.status
      }, scenario)
      expect(status).toBe(204)
    })
  },
  // eslint-disable-next-line no-empty-pattern
  expectNoA11yViolations: async ({}, use) => {
    await use(async (page, include) => {
      // Spectrum fades dialogs and popovers in; contrast is only meaningful once they are opaque.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
      let builder = new AxeBuilder({ page })
      if (include) builder = builder.include(include)
      const results = await builder.analyze()
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
    })
  },
})

export { expect }
