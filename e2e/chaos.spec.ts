import type { Page, Response } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Chaos run (issue "Reliability", item 7): a marketer maps, edits and removes segments on a
 * manual-value destination while the demo backend delays every write by 200 ms and fails 30% of them
 * (500 or 503, decided by the backend's own random source, so the test cannot know in advance which
 * request fails). The marketer retries exactly as a person would, from what the UI says, without
 * reloading; at the end the destination's data must be exactly what was intended.
 */

const DESTINATION_ID = 1002
const DESTINATION = 'LiveRamp Friendly Names'
/** Sent from the page: the demo backend is the MSW service worker of the app's origin. */
const MARKETER_AUTH = 'Bearer demo-marketer'
/** Attempts per write before the test gives up (0.3^15: about one run in 70 million). */
const MAX_ATTEMPTS = 15
const CHAOS = { latencyMs: 200, errorRate: 0.3, methods: ['POST', 'PUT', 'DELETE'], offline: false }
/** Every write of the next attempt fails: used once per kind of write, so each failure path is seen. */
const ALWAYS_FAIL = { ...CHAOS, errorRate: 1 }
/** Inline alerts and toasts (role "alertdialog"); `fresh`: only those shown since the current attempt began. */
const ALERTS = '[role="alert"], [role="alertdialog"]'
const fresh = (role: 'alert' | 'alertdialog') => `[role="${role}"]:not([data-chaos-seen])`
/** The failure texts of `src/mocks/faults.ts` (500 and 503). */
const SIMULATED_FAILURE = /Simulated server failure|Service temporarily unavailable/

/** Unmapped on 1002 in the "typical" seed, active, not blocked by its Data Export Controls. */
const NEW_SEGMENTS = [
  'Age Range: 18-20', 'Age Range: 21-24', 'Age Range: 25-29', 'Age Range: 30-34', 'Age Range: 35-39',
  'Age Range: 40-44', 'Age Range: 45-49', 'Age Range: 50-54', 'Age Range: 55-59', 'Age Range: 60-64',
]
/**
 * The seed gives 1002 only four mappings; three more are created through the API before the faults,
 * so that three edits and two removals still leave mappings that must stay untouched.
 */
const SETUP_SEGMENTS = ['Age Range: 65-69', 'Age Range: 70-74', 'Age Range: 75+']
const EDITS: Record<string, string> = {
  'Sports: Baseball': 'Acme Sports Fans (chaos edit)',
  'Automotive: Luxury Cars': 'Acme Luxury Car Shoppers (chaos edit)',
  'Parenting: Parenting Babies and Toddlers': 'Acme New Parents (chaos edit)',
}
const REMOVALS = ['Home & Garden: Outdoor Decorating', 'Age Range: 65-69']

/** The fields of an AAM mapping this test compares. */
interface WireMapping {
  mappingId: number
  destinationId: number
  sid: number
  elementName: string | null
  traitAlias: string | null
  startDate: string | null
  endDate: string | null
  updateTime: number
  upUID: number | null
}

/** The value a marketer types for a new segment: distinct per row, and easy to trace back. */
const typedValue = (name: string) => `Chaos ${name.replace('Age Range: ', 'ages ')}`

/** `fetch` from the page (answered by the app's MSW worker); fails the test on an unexpected status. */
async function call(page: Page, path: string, init: { method?: string; body?: unknown; auth?: boolean }, expected: number): Promise<unknown> {
  const { status, text } = await page.evaluate(async ({ path, init, auth }) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (init.auth) headers.Authorization = auth
    const response = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
    return { status: response.status, text: await response.text() }
  }, { path, init, auth: MARKETER_AUTH })
  expect(status, `${init.method ?? 'GET'} ${path}: ${text}`).toBe(expected)
  return text ? (JSON.parse(text) as unknown) : undefined
}

const setFaults = (page: Page, faults: typeof CHAOS) => call(page, '/__demo/faults', { method: 'PUT', body: faults }, 200)
const clearFaults = (page: Page) => call(page, '/__demo/faults', { method: 'DELETE' }, 204)
const readMappings = async (page: Page) =>
  (await call(page, `/v1/destinations/${DESTINATION_ID}/mappings/`, { auth: true }, 200)) as WireMapping[]

test.describe('chaos: 30% of writes fail with 200 ms latency', () => {
  test('a marketer maps ten segments, edits three and removes two, retrying from what the UI says, and ends with exactly the intended data', async ({ page, signInAs, resetDemo }) => {
    test.setTimeout(90_000)
    await signInAs('marketer')
    await page.goto('/destinations')
    await expect(page.getByRole('main')).toBeVisible()
    await resetDemo('typical')
    await clearFaults(page)

    // Setup, without faults: segment IDs by name, and three more mappings to leave alone or remove.
    const segments = (await call(page, '/v1/segments/?search=Age%20Range&pageSize=100', { auth: true }, 200)) as { list: { sid: number; name: string }[] }
    const sidOf = new Map(segments.list.map((s) => [s.name, s.sid]))
    for (const name of [...NEW_SEGMENTS, ...SETUP_SEGMENTS]) expect(sidOf.get(name), name).toBeDefined()
    await call(page, `/v1/destinations/${DESTINATION_ID}/bulk-create`, {
      method: 'POST', auth: true,
      body: SETUP_SEGMENTS.map((name) => ({ sid: sidOf.get(name), traitType: 'SEGMENT', traitAlias: `Acme ${name}`, startDate: '2025-01-01', endDate: null })),
    }, 201)
    const before = await readMappings(page)
    expect(before.map((m) => m.elementName).sort()).toEqual([...Object.keys(EDITS), ...REMOVALS, 'Age Range: 70-74', 'Age Range: 75+'].sort())

    // Every failed write the backend answered, and every failure the UI showed.
    let serverFailures = 0
    let shownFailures = 0
    page.on('response', (response) => {
      if (['POST', 'PUT', 'DELETE'].includes(response.request().method()) && response.url().includes('/v1/') && response.status() >= 500) serverFailures++
    })

    /**
     * Runs one user action that sends the write `isWrite` until the backend accepts it: after each
     * 5xx answer `expectShownFailure` checks what the UI says (the user reads it, then tries again).
     */
    async function untilAccepted(what: string, isWrite: (r: Response) => boolean, act: () => Promise<void>, expectShownFailure: () => Promise<void>, firstAttemptFails = false) {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (firstAttemptFails) await setFaults(page, attempt === 1 ? ALWAYS_FAIL : CHAOS)
        // Alerts already on screen are marked, so a failure must show a new one (not the last one again).
        await page.locator(ALERTS).evaluateAll((alerts) => alerts.forEach((a) => a.setAttribute('data-chaos-seen', '')))
        const answered = page.waitForResponse(isWrite)
        await act()
        const response = await answered
        if (response.status() < 300) return
        // Anything but a success or a simulated failure is a bug of the app or the backend.
        expect(response.status(), `${what}: ${await response.text()}`).toBeGreaterThanOrEqual(500)
        await expectShownFailure()
        shownFailures++
      }
      throw new Error(`${what}: the backend refused ${MAX_ATTEMPTS} attempts in a row`)
    }
    const writeTo = (method: string, path: RegExp) => (r: Response) => r.request().method() === method && path.test(new URL(r.url()).pathname)

    await page.goto(`/destinations/${DESTINATION_ID}`)
    await expect(page.getByRole('heading', { level: 1, name: DESTINATION })).toBeVisible()
    await setFaults(page, CHAOS)
    const search = page.getByRole('searchbox', { name: 'Search mapped segments' })
    const table = page.getByRole('grid', { name: `Segments Mapped to ${DESTINATION}` })
    const editor = page.getByRole('dialog', { name: 'Edit Mapping' })
    const valueField = (name: string) => editor.getByRole('textbox', { name: `Destination Value for ${name}`, exact: true })
    const saveFailure = editor.locator(fresh('alert')).filter({ has: page.getByRole('heading', { name: 'Could not save' }) })

    // 1. Map ten segments through "Browse All Segments".
    await page.getByRole('button', { name: 'Browse All Segments' }).click()
    const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
    for (const name of NEW_SEGMENTS) {
      await picker.getByRole('searchbox', { name: 'Search segments' }).fill(name)
      await picker.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check()
    }
    await expect(picker.getByText('10 selected')).toBeVisible()
    // The dialog's Start Date defaults to today (UTC); the test may straddle midnight.
    const utcToday = () => new Date().toISOString().slice(0, 10)
    const startDays = [utcToday()]
    await picker.getByRole('button', { name: 'Add Selected Segments' }).click()

    const rows = editor.getByRole('grid', { name: 'Segments to map' })
    await expect(rows).toHaveAttribute('aria-rowcount', String(NEW_SEGMENTS.length + 1))
    await expect(editor.getByText('Applies to all 10 rows.', { exact: false })).toBeVisible()
    // The table is virtualized (8 rows visible): fill the focused row's field, Arrow Down to the next.
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')
    await rows.getByRole('textbox').first().focus()
    const typed = new Set<string>()
    let label = await focusedLabel()
    for (let i = 0; i < NEW_SEGMENTS.length; i++) {
      if (i > 0) {
        const previous = label
        await page.keyboard.press('ArrowDown')
        await expect.poll(focusedLabel).not.toBe(previous)
        label = await focusedLabel()
      }
      const name = label.replace(/^Destination Value for /, '')
      expect(NEW_SEGMENTS, `focused field "${label}"`).toContain(name)
      expect(typed.has(name), `"${name}" twice`).toBe(false)
      await valueField(name).fill(typedValue(name))
      typed.add(name)
    }
    expect([...typed].sort()).toEqual([...NEW_SEGMENTS].sort())

    /** Every value field on screen still holds what was typed into it. */
    const expectTypedValuesKept = async () => {
      for (const field of await rows.getByRole('textbox').all()) {
        const name = ((await field.getAttribute('aria-label')) ?? '').replace(/^Destination Value for /, '')
        await expect(field).toHaveValue(typedValue(name))
      }
    }
    await untilAccepted('Save ten new mappings', writeTo('POST', /\/bulk-create$/),
      () => editor.getByRole('button', { name: 'Save' }).click(),
      async () => {
        await expect(saveFailure).toBeVisible()
        await expect(editor).toContainText(SIMULATED_FAILURE)
        await expectTypedValuesKept()
      },
      true)
    startDays.push(utcToday())
    await expect(editor).toBeHidden()
    await expect(page.getByText(`10 segments mapped to ${DESTINATION}`)).toBeVisible()

    // 2. Edit three existing mappings.
    let firstEdit = true
    for (const [name, value] of Object.entries(EDITS)) {
      await search.fill(name)
      await page.getByRole('button', { name: `Edit mapping for ${name}` }).click()
      await expect(valueField(name)).toHaveValue(before.find((m) => m.elementName === name)?.traitAlias ?? '')
      await valueField(name).fill(value)
      await untilAccepted(`Edit ${name}`, writeTo('PUT', /^\/v1\/destinations\/mappings\/\d+$/),
        () => editor.getByRole('button', { name: 'Save' }).click(),
        async () => {
          await expect(saveFailure).toContainText(SIMULATED_FAILURE)
          await expect(valueField(name)).toHaveValue(value)
        },
        firstEdit)
      firstEdit = false
      await expect(editor).toBeHidden()
      await expect(page.getByText(`Mapping for ${name} updated`)).toBeVisible()
      await expect(table.getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toContainText(value)
    }

    // 3. Remove two mappings.
    let firstRemoval = true
    for (const name of REMOVALS) {
      await search.fill(name)
      const failed = page.locator(fresh('alertdialog')).filter({ hasText: `Could not remove ${name} from ${DESTINATION}` })
      await untilAccepted(`Remove ${name}`, writeTo('DELETE', new RegExp(`^/v1/destinations/${DESTINATION_ID}/mappings/\\d+$`)),
        async () => {
          await page.getByRole('button', { name: `Remove mapping for ${name}` }).click()
          await page.getByRole('alertdialog', { name: 'Remove mapping' }).getByRole('button', { name: 'Remove' }).click()
        },
        async () => {
          // The toast stays until closed; the user reads it, closes it and removes again.
          await expect(failed).toContainText(SIMULATED_FAILURE)
          await expect(failed).toContainText('The mapping is unchanged; try again.')
          await failed.getByRole('button', { name: 'Close' }).click()
          await expect(failed).toBeHidden()
        },
        firstRemoval)
      firstRemoval = false
      await expect(page.getByRole('alertdialog').filter({ hasText: `Removed ${name} from ${DESTINATION}` })).toBeVisible()
      await expect(page.getByRole('button', { name: `Remove mapping for ${name}` })).toHaveCount(0)
    }

    // The final data, read without faults, is exactly what the marketer meant.
    await clearFaults(page)
    const after = await readMappings(page)
    const sids = after.map((m) => m.sid)
    expect(new Set(sids).size, `duplicate segment IDs: ${sids.join(', ')}`).toBe(sids.length)
    const byName = new Map(after.map((m) => [m.elementName ?? '', m]))
    for (const name of NEW_SEGMENTS) {
      expect(byName.get(name), name).toMatchObject({ destinationId: DESTINATION_ID, sid: sidOf.get(name), traitAlias: typedValue(name), endDate: null })
      expect(startDays, name).toContain(byName.get(name)?.startDate)
    }
    for (const [name, value] of Object.entries(EDITS)) {
      const old = before.find((m) => m.elementName === name)
      expect(old).toBeDefined()
      expect(byName.get(name)).toEqual({ ...old, traitAlias: value, updateTime: byName.get(name)?.updateTime, upUID: byName.get(name)?.upUID })
      expect(byName.get(name)?.updateTime).toBeGreaterThan(old?.updateTime ?? Infinity)
    }
    for (const name of REMOVALS) expect(byName.has(name), name).toBe(false)
    const untouched = before.filter((m) => !Object.hasOwn(EDITS, m.elementName ?? '') && !REMOVALS.includes(m.elementName ?? ''))
    expect(untouched).toHaveLength(2)
    for (const old of untouched) expect(after.find((m) => m.mappingId === old.mappingId)).toEqual(old)
    expect(after).toHaveLength(before.length + NEW_SEGMENTS.length - REMOVALS.length)

    // The faults really bit (three forced failures at least), and the UI told each one.
    expect(serverFailures).toBeGreaterThanOrEqual(3)
    expect(shownFailures).toBe(serverFailures)
    test.info().annotations.push({ type: 'simulated failures', description: String(serverFailures) })
  })
})
