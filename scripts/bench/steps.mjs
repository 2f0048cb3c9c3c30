import { devices } from '@playwright/test'
import { installProbe } from './probe.mjs'
import { gzipSizes } from './bundle.mjs'

/** localStorage key and values the app reads to pick the demo user (see e2e/fixtures.ts). */
const DEMO_USER_STORAGE_KEY = 'destination-editor.demo-user'

export const LIST_GRID = 'Destinations'
export const DESTINATION_ID = 1001
export const DESTINATION_NAME = 'LiveRamp Acme Retail'
export const MAPPING_GRID = `Segments Mapped to ${DESTINATION_NAME}`
export const PICKER = 'Browse All Segments'
export const PICKER_GRID = 'Segments'
/** Matches 525 of the 20,000 "large" segment names (Automotive, Autos & Vehicles...). */
export const PICKER_QUERY = 'auto'
/** Mapping count of destination 1001 in the "large" seed. */
const LARGE_MAPPINGS = 5000

/**
 * Scopes tried for "Select all N matching", first fit (1,000-1,100 selected) wins, counted on the
 * "large" seed for destination 1001 (export label OFFSITE_ADVERTISING blocks CRM segments):
 * "part" gives 1,075 addable segments not yet mapped (1,512 counting mapped ones), "car" 1,087
 * addable counting mapped ones, "of" 1,050 matches counting blocked ones.
 */
const ADD_SCOPES = [{ search: 'part' }, { search: 'car' }, { search: 'of' }]
const SELECT_MIN = 1000
const SELECT_MAX = 1100
/** The scroll stops here if row 5,000 is not reached (keeps a slow table from taking the whole bench). */
const SCROLL_CAP_MS = 35_000

/** A measurement that could not be taken; `message` is the reason reported instead of a figure. */
export class Skip extends Error {}

const CONTEXT_OPTIONS = { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, timezoneId: 'UTC' }

/**
 * One run: a fresh browser context signed in as `options.user`, the demo backend reset to "large",
 * then the measurements in flow order (cold load, open destination, picker search, scroll, heap,
 * add 1,000). `want(name)` says which steps to run (a step runs unmeasured when a later one needs
 * it). Returns `{ values: { name: number }, reasons: { name: string }, notes: { name: string },
 * details: { name: {} } }`: a figure without a value has a reason; a note qualifies a value.
 */
export async function runFlow(browser, options) {
  const { baseURL, want, outDir, demoFiles, scopeMemo } = options
  const values = {}
  const reasons = {}
  const notes = {}
  const details = {}
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, baseURL })
  try {
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [DEMO_USER_STORAGE_KEY, options.user])
    await context.addInitScript(installProbe, {
      onLoad: [{ id: 'list-row', kind: 'gridRow', args: { label: LIST_GRID }, path: '/destinations' }],
    })
    // A setup tab boots the demo backend and resets it; the measured tab opens while it is still
    // there, so the backend's service worker already controls it (with no tab left, MSW unregisters
    // its worker and the next page load may be reloaded by msw/browser, see `settle`).
    const setup = await context.newPage()
    setup.setDefaultTimeout(30_000)
    await setup.goto('/destinations')
    await result(setup, 'list-row', 60_000)
    await settle(setup)
    const status = await setup.evaluate(async () => {
      const response = await fetch('/__demo/reset', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ scenario: 'large' }),
      })
      return response.status
    })
    if (status !== 204) throw new Error(`POST /__demo/reset {"scenario":"large"} answered ${status}, expected 204`)
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    const cdp = await context.newCDPSession(page)
    const s = { page, cdp, where: 'blank' }
    const closeSetup = async () => {
      if (s.where === 'blank') await ensureList(s)
      if (!setup.isClosed()) await setup.close()
    }

    const step = async (names, fn) => {
      if (!names.some(want)) return
      try {
        await fn()
      } catch (error) {
        s.where = 'unknown'
        for (const n of names) if (values[n] === undefined) reasons[n] = reasonOf(error)
      }
    }

    await step(['cold-load-list', 'initial-js-css-gzip-kb'], async () => {
      await cdp.send('Network.clearBrowserCache')
      await page.goto('/destinations', { waitUntil: 'commit' })
      const firstRow = await result(page, 'list-row', 60_000)
      const load = await page.evaluate(() => ({ origin: performance.timeOrigin, navStart: window.__bench.navStart, reloaded: window.__bench.reloaded }))
      values['cold-load-list'] = load.origin + firstRow - load.navStart
      if (load.reloaded) notes['cold-load-list'] = 'the demo backend (MSW) reloaded the page during the load; counted from the first navigation'
      await settle(page)
      s.where = 'list'
      const urls = await page.evaluate(
        (t) => performance.getEntriesByType('resource').filter((e) => e.startTime <= t).map((e) => e.name),
        firstRow,
      )
      const sizes = gzipSizes(outDir, baseURL, urls, demoFiles)
      values['initial-js-css-gzip-kb'] = sizes.totalKb
      details['initial-js-css-gzip-kb'] = {
        files: sizes.files.map((f) => `${f.file} ${f.kb.toFixed(1)}`),
        excludedDemoBackend: sizes.excluded,
      }
    })
    await closeSetup()
    // Measured with the setup tab gone: tabs of one site may share a renderer process and its heap.
    if (want('heap-after-flow-mb') && s.where === 'list') s.heapAtListMb = await heapMb(cdp)

    await step(['open-destination-5000-mappings'], async () => {
      await ensureList(s)
      const grid = page.getByRole('grid', { name: LIST_GRID, exact: true })
      let link = grid.getByRole('link', { name: DESTINATION_NAME, exact: true })
      if ((await link.count()) === 0) {
        await page.getByRole('searchbox', { name: 'Search destinations' }).fill(DESTINATION_NAME)
        link = grid.getByRole('link', { name: DESTINATION_NAME, exact: true })
        await link.waitFor()
      }
      await page.evaluate((label) => window.__bench.watch('destination-row', 'gridRow', { label }), MAPPING_GRID)
      const t0 = await link.evaluate((el) => window.__bench.press(el))
      const t1 = await result(page, 'destination-row')
      values['open-destination-5000-mappings'] = t1 - t0
      s.where = 'destination'
    })

    await step(['picker-search-20000-segments'], async () => {
      const picker = await openPicker(s, options)
      const box = picker.getByRole('searchbox', { name: 'Search segments' })
      await box.focus()
      await page.evaluate(([label, text]) => {
        window.__bench.keys.length = 0
        window.__bench.watch('picker-search', 'gridRowsAllContain', { label, text, minKeys: text.length })
      }, [PICKER_GRID, PICKER_QUERY])
      await page.keyboard.type(PICKER_QUERY)
      const t1 = await result(page, 'picker-search')
      const t0 = await page.evaluate((end) => Math.max(...window.__bench.keys.filter((k) => k <= end)), t1)
      values['picker-search-20000-segments'] = t1 - t0
      await page.waitForTimeout(100) // longtask entries arrive after the task ends
      // Main-thread tasks of 50 ms or more between the last keystroke and the rows ("start+duration", start relative to it; the last run's in the results).
      const longTasks = await page.evaluate(([start, end]) => window.__bench.longtasks
        .filter((t) => t.start < end && t.start + t.duration > start)
        .map((t) => `${Math.round(t.start - start)}+${Math.round(t.duration)}`), [t0, t1])
      details['picker-search-20000-segments'] = {
        query: PICKER_QUERY,
        longTasks,
        rowsShown: await picker.getByRole('grid', { name: PICKER_GRID, exact: true }).locator('[role="row"][data-key]').count(),
      }
      await closePicker(picker)
    })

    await step(['scroll-5000-mappings-longest-task'], async () => {
      await ensureDestination(s, options)
      const total = (await readMappingCount(page)) ?? LARGE_MAPPINGS
      const headerRows = await page.evaluate((label) => {
        const g = [...document.querySelectorAll('[role="grid"]')].find((el) => el.getAttribute('aria-label') === label)
        const indexes = [...(g?.querySelectorAll('[role="row"][data-key]') ?? [])].map((r) => Number(r.getAttribute('aria-rowindex')))
        return indexes.length ? Math.min(...indexes) - 1 : 1
      }, MAPPING_GRID)
      const scroll = await page.evaluate(
        ([label, index, cap]) => window.__bench.scrollToRow(label, index, cap),
        [MAPPING_GRID, total + headerRows, SCROLL_CAP_MS],
      )
      await page.waitForTimeout(300) // longtask entries arrive after the task ends
      const longest = await page.evaluate(
        ([start, end]) => {
          const tasks = window.__bench.longtasks.filter((t) => t.start < end && t.start + t.duration > start)
          return { longest: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length, unsupported: Boolean(window.__bench.longtasksUnsupported) }
        },
        [scroll.start, scroll.end],
      )
      if (longest.unsupported) throw new Skip('this Chromium does not report longtask entries')
      values['scroll-5000-mappings-longest-task'] = longest.longest
      details['scroll-5000-mappings-longest-task'] = {
        rows: total,
        scrollMs: Math.round(scroll.end - scroll.start),
        frames: scroll.frames,
        longTasks: longest.count,
        maxFrameGapMs: Math.round(scroll.maxFrameGap),
        reachedRow: scroll.lastRowIndex - headerRows,
      }
      if (!scroll.reached) {
        notes['scroll-5000-mappings-longest-task'] =
          `stopped after ${SCROLL_CAP_MS / 1000} s at row ${scroll.lastRowIndex - headerRows} of ${total}: a lower bound`
      }
    })

    await step(['heap-after-flow-mb'], async () => {
      values['heap-after-flow-mb'] = await heapMb(cdp)
      // The demo backend (all 20,000 segments, IndexedDB copy, MSW) lives in this heap too.
      if (s.heapAtListMb !== undefined) details['heap-after-flow-mb'] = { heapOnListAfterColdLoadMb: Math.round(s.heapAtListMb * 10) / 10 }
    })

    await step(['add-1000-segments'], async () => {
      const before = await ensureDestination(s, options)
      const { picker, selected, scope } = await selectScope(s, options, scopeMemo)
      await page.evaluate((total) => {
        window.__bench.watch('add-save', 'readyButton', { dialog: 'Edit Mapping', button: 'Save', press: true })
        window.__bench.watch('add-count', 'countText', { total })
      }, before + selected)
      const add = picker.getByRole('button', { name: 'Add Selected Segments' })
      const t0 = await add.evaluate((el) => window.__bench.press(el))
      let t1
      try {
        t1 = await result(page, 'add-count', 120_000)
      } catch (error) {
        throw new Skip(`the table never showed ${before + selected} mappings (${await addDiagnostics(page)}); ${reasonOf(error)}`)
      }
      const tSave = await page.evaluate(() => window.__bench.results['add-save'] ?? null)
      values['add-1000-segments'] = t1 - t0
      details['add-1000-segments'] = {
        scope: `search "${scope.search}"`,
        selected,
        mappingsAfter: before + selected,
        saveClickedAtMs: tSave === null ? null : Math.round(tSave - t0),
      }
    })
  } finally {
    await context.close()
  }
  return { values, reasons, notes, details }
}

/** Used JS heap of the page in MB (MiB) after two forced garbage collections (CDP). */
async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 1024 / 1024
}

/** Waits for `__bench.results[id]` and returns it (ms since navigation start). @throws Skip on timeout */
async function result(page, id, timeout = 30_000) {
  try {
    await page.waitForFunction((key) => window.__bench?.results[key] !== undefined, id, { timeout, polling: 50 })
  } catch {
    throw new Skip(`timed out after ${timeout} ms waiting for ${id} (${await pageState(page)})`)
  }
  const value = await page.evaluate((key) => ({ t: window.__bench.results[key], error: window.__bench.errors?.[key] }), id)
  if (value.t === null) throw new Skip(`${id}: ${value.error}`)
  return value.t
}

/** A one-line picture of the page for a failure message: path, open dialogs, alerts, headings. */
async function pageState(page) {
  try {
    return await page.evaluate(() => {
      const text = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)
      const dialogs = [...document.querySelectorAll('[role="dialog"]')].map((d) => text(d).slice(0, 40))
      const alerts = [...document.querySelectorAll('[role="alert"]')].map(text).filter(Boolean)
      const headings = [...document.querySelectorAll('h1, h2, h3')].map(text).slice(0, 6)
      const grids = [...document.querySelectorAll('[role="grid"]')].map(
        (g) => `"${g.getAttribute('aria-label')}" ${g.querySelectorAll('[role="row"][data-key]').length} rows`,
      )
      return [
        `at ${location.pathname}`,
        dialogs.length ? `dialogs: ${dialogs.join(' | ')}` : '',
        alerts.length ? `alerts: ${alerts.slice(0, 2).join(' | ')}` : '',
        `headings: ${headings.join(' | ')}`,
        grids.length ? `grids: ${grids.join(', ')}` : 'no grid',
      ].filter(Boolean).join('; ')
    })
  } catch (error) {
    return `page state unknown: ${String(error).slice(0, 80)}`
  }
}

function reasonOf(error) {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0].replace(/\s+/g, ' ').slice(0, 300)
}

/**
 * Waits until the page is one the demo backend's service worker controls: MSW reloads a page it
 * does not control (msw/browser `getWorkerInstance`), which would drop anything set up in it.
 */
async function settle(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null && window.__bench !== undefined, null, {
    timeout: 60_000,
    polling: 100,
  })
}

async function ensureList(s) {
  if (s.where === 'list') return
  await s.page.goto('/destinations')
  await settle(s.page)
  await s.page.getByRole('grid', { name: LIST_GRID, exact: true }).locator('[role="row"][data-key]').first().waitFor({ timeout: 60_000 })
  s.where = 'list'
}

/**
 * Opens destination 1001 unless it is already on screen, waits for its first mapping row and
 * returns the mapping count the table shows. @throws Skip when the user cannot map
 */
async function ensureDestination(s, options) {
  const { page } = s
  if (s.where !== 'destination') {
    await page.goto(`/destinations/${DESTINATION_ID}`)
    await settle(page)
    await page.getByRole('grid', { name: MAPPING_GRID, exact: true }).locator('[role="row"][data-key]').first().waitFor({ timeout: 60_000 })
    s.where = 'destination'
  }
  const browse = page.getByRole('button', { name: PICKER })
  if (await browse.isDisabled()) {
    options.onCannotMap?.()
    throw new Skip(`"${PICKER}" is disabled for ${options.user}`)
  }
  const count = await readMappingCount(page)
  if (count === null) throw new Skip(`no "{total} mappings" text next to the grid "${MAPPING_GRID}"`)
  return count
}

/** The total of the mapping table's count text ("5000 mappings", "5,000 mappings" or "12 of 5,000 mappings"). */
async function readMappingCount(page) {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const count = await page.evaluate(() => {
      const found = document.evaluate('//body//text()[contains(., "mappings")]', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null)
      for (let i = 0; i < found.snapshotLength; i++) {
        const match = /^\s*(?:[\d,.\s]+\s+of\s+)?([\d,\s]+?)\s+mappings\s*$/i.exec(found.snapshotItem(i).data)
        if (match) return Number(match[1].replace(/[,\s]/g, ''))
      }
      return null
    })
    if (count !== null) return count
    await page.waitForTimeout(100)
  }
  return null
}

async function openPicker(s, options) {
  await ensureDestination(s, options)
  await s.page.getByRole('button', { name: PICKER }).click()
  const picker = s.page.getByRole('dialog', { name: PICKER })
  await picker.getByRole('grid', { name: PICKER_GRID, exact: true }).locator('[role="row"][data-key]').first().waitFor()
  return picker
}

async function closePicker(picker) {
  await picker.getByRole('button', { name: 'Cancel' }).click()
  await picker.waitFor({ state: 'detached' })
}

/** Reads "N selected" in the picker (thousands separators allowed); null when absent. */
async function readSelected(picker) {
  const texts = await picker.getByText(/^\s*[\d,\s]+ selected\s*$/).allTextContents()
  const numbers = texts.map((t) => Number(t.replace(/[^\d]/g, '')))
  return numbers.length ? Math.max(...numbers) : null
}

/**
 * In a fresh picker, narrows to a scope and presses "Select all … matching" until 1,000-1,100
 * segments are selected (the scope found first is remembered in `memo` for later runs). Returns
 * `{ picker, selected, scope }`. @throws Skip without such a button or when no scope selects 1,000
 */
async function selectScope(s, options, memo) {
  const scopes = memo.scope ? [memo.scope] : ADD_SCOPES
  const tried = []
  for (let i = 0; i < scopes.length; i++) {
    const scope = scopes[i]
    const picker = await openPicker(s, options)
    await picker.getByRole('searchbox', { name: 'Search segments' }).fill(scope.search)
    await s.page.waitForFunction(
      ([label, text]) => window.__bench.check('gridRowsAllContain', { label, text }),
      [PICKER_GRID, scope.search],
      { timeout: 30_000, polling: 100 },
    )
    const selectAll = picker.getByRole('button', { name: /^\s*Select all\b.*\bmatching\b/i })
    try {
      await selectAll.first().waitFor({ timeout: 3_000 })
    } catch {
      throw new Skip('the picker has no button "Select all … matching" yet')
    }
    await selectAll.first().click()
    const selected = await waitSelected(s.page, picker)
    tried.push(`"${scope.search}": ${selected ?? 0}`)
    const fits = selected !== null && selected >= SELECT_MIN && selected <= SELECT_MAX
    const last = i === scopes.length - 1
    if (fits || (last && selected !== null && selected >= SELECT_MIN)) {
      memo.scope = scope
      return { picker, selected, scope }
    }
    await closePicker(picker)
  }
  throw new Skip(`no scope selected ${SELECT_MIN}-${SELECT_MAX} segments (${tried.join(', ')})`)
}

/** Waits until "N selected" reaches 1,000 and stays put for 300 ms; returns N (or the last N seen after 30 s). */
async function waitSelected(page, picker) {
  const deadline = Date.now() + 30_000
  let last = null
  while (Date.now() < deadline) {
    const n = await readSelected(picker)
    if (n !== null && n >= SELECT_MIN && n === last) return n
    last = n
    await page.waitForTimeout(300)
  }
  return last
}

/** What the page shows when a save did not land: dialog still open, alerts, invalid fields. */
async function addDiagnostics(page) {
  return page.evaluate(() => {
    const dialogs = [...document.querySelectorAll('[role="dialog"]')]
    const alerts = [...document.querySelectorAll('[role="alert"], [role="status"]')].map((a) => a.textContent?.trim()).filter(Boolean)
    const invalid = document.querySelectorAll('[aria-invalid="true"]').length
    return [
      `${dialogs.length} dialog(s) open`,
      invalid ? `${invalid} invalid field(s)` : '',
      alerts.length ? `messages: ${alerts.slice(0, 2).join(' | ').slice(0, 200)}` : '',
    ].filter(Boolean).join(', ')
  })
}
