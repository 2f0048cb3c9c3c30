/**
 * The in-page half of `npm run bench`, installed with `context.addInitScript(installProbe, options)`
 * so it runs before the app's first script on every document. Playwright serialises the function,
 * so it must not reference anything outside itself.
 *
 * It exposes `window.__bench`:
 * - `watch(id, kind, args)`: starts watching the DOM (MutationObserver on the whole document:
 *   nodes, text and attributes); the first time predicate `kind` holds, `results[id]` gets
 *   `performance.now()` (ms since navigation start) and the watch ends. Kinds: `gridRow` (a data row,
 *   `[role=row][data-key]`, in the grid whose aria-label is `args.label`), `gridRowsAllContain`
 *   (at least one data row and every one contains `args.text`, case-insensitive; only after
 *   `args.minKeys` keydowns), `gridRowIndex` (a data row with `aria-rowindex >= args.index`),
 *   `countText` (a text node "{n} mappings" or "{k} of {n} mappings" with n = `args.total`,
 *   thousands separators allowed), `readyButton` (an enabled button whose text is `args.button`
 *   in the dialog named `args.dialog`; with `args.press` it is clicked at once and `results[id]`
 *   is the click time).
 * - `press(element)`: records `performance.now()` in `presses`, then `element.click()` (React
 *   Aria's usePress treats it as a virtual press). Returns the recorded time.
 * - `keys`: `performance.now()` of every keydown (capturing listener on window).
 * - `longtasks`: `{ start, duration }` of every `longtask` entry (buffered PerformanceObserver).
 * - `scrollToRow(label, lastIndex, timeoutMs)`: scrolls the grid's scroll container down by one
 *   viewport per animation frame until a data row with `aria-rowindex >= lastIndex` is in the DOM
 *   or `timeoutMs` have passed; resolves `{ start, end, frames, maxFrameGap, reached, lastRowIndex }`
 *   (times in ms; `reached` false when it stopped on the timeout).
 *
 * - `navStart`: epoch ms (`performance.timeOrigin`) of the first document since
 *   `sessionStorage['bench.navStart']` was last cleared. The demo backend (MSW) reloads a page that
 *   its service worker does not control; the clock of a load then still starts at the user's
 *   navigation, and `reloaded` is true.
 *
 * `options.onLoad`: watches `{ id, kind, args, path }` registered at document start when
 * `location.pathname === path` (the clock of a load starts at navigation start).
 */
export function installProbe(options) {
  const bench = { results: {}, watches: new Map(), keys: [], presses: [], longtasks: [] }
  window.__bench = bench
  try {
    if (!sessionStorage.getItem('bench.navStart')) sessionStorage.setItem('bench.navStart', String(performance.timeOrigin))
    bench.navStart = Number(sessionStorage.getItem('bench.navStart'))
  } catch {
    bench.navStart = performance.timeOrigin
  }
  bench.reloaded = bench.navStart < performance.timeOrigin
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    bench.longtasksUnsupported = true
  }
  window.addEventListener('keydown', () => bench.keys.push(performance.now()), true)

  const grid = (label) => [...document.querySelectorAll('[role="grid"]')].find((g) => g.getAttribute('aria-label') === label) ?? null
  const dataRows = (label) => {
    const g = grid(label)
    return g ? [...g.querySelectorAll('[role="row"][data-key]')] : []
  }
  const accessibleName = (el) => {
    const label = el.getAttribute('aria-label')
    if (label) return label.trim()
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim()
  }
  const toNumber = (text) => Number(text.replace(/[,\s\u202f\u00a0]/g, ''))
  const countPattern = /^\s*(?:[\d,.\s\u202f\u00a0]+\s+of\s+)?([\d,\s\u202f\u00a0]+?)\s+mappings\s*$/i

  const predicates = {
    gridRow: ({ label }) => {
      const g = grid(label)
      return g !== null && g.querySelector('[role="row"][data-key]') !== null
    },
    gridRowsAllContain: ({ label, text, minKeys = 0 }) => {
      if (bench.keys.length < minKeys) return false
      const rows = dataRows(label)
      const needle = text.toLowerCase()
      return rows.length > 0 && rows.every((r) => (r.textContent ?? '').toLowerCase().includes(needle))
    },
    gridRowIndex: ({ label, index }) => dataRows(label).some((r) => Number(r.getAttribute('aria-rowindex')) >= index),
    countText: ({ total }) => {
      const found = document.evaluate('//body//text()[contains(., "mappings")]', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null)
      for (let i = 0; i < found.snapshotLength; i++) {
        const match = countPattern.exec(found.snapshotItem(i).data)
        if (match && toNumber(match[1]) === total) return true
      }
      return false
    },
    readyButton: ({ dialog, button }) => {
      const d = [...document.querySelectorAll('[role="dialog"]')].find((el) => accessibleName(el) === dialog)
      if (!d) return false
      const b = [...d.querySelectorAll('button')].find((el) => (el.textContent ?? '').trim() === button)
      if (!b || b.disabled || b.getAttribute('aria-disabled') === 'true') return false
      return b
    },
  }

  let observer = null
  const check = () => {
    for (const [id, w] of bench.watches) {
      let hit
      try {
        hit = predicates[w.kind](w.args)
      } catch (error) {
        bench.results[id] = null
        bench.errors = { ...bench.errors, [id]: String(error) }
        bench.watches.delete(id)
        continue
      }
      if (!hit) continue
      const now = performance.now()
      bench.watches.delete(id)
      if (w.args.press && hit instanceof HTMLElement) bench.results[id] = bench.press(hit)
      else bench.results[id] = now
    }
    if (bench.watches.size === 0 && observer) {
      observer.disconnect()
      observer = null
    }
  }
  bench.check = (kind, args) => Boolean(predicates[kind](args))
  bench.watch = (id, kind, args = {}) => {
    if (!predicates[kind]) throw new Error(`Unknown watch kind ${kind}`)
    delete bench.results[id]
    bench.watches.set(id, { kind, args })
    if (!observer) {
      observer = new MutationObserver(check)
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true })
    }
    check()
  }
  bench.press = (element) => {
    const t = performance.now()
    bench.presses.push(t)
    element.click()
    return t
  }

  bench.scrollToRow = (label, lastIndex, timeoutMs) =>
    new Promise((resolve, reject) => {
      const g = grid(label)
      if (!g) return reject(new Error(`No grid "${label}"`))
      const scroller = [...g.querySelectorAll('*')].find((el) => {
        const overflow = getComputedStyle(el).overflowY
        return (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight
      })
      if (!scroller) return reject(new Error(`The grid "${label}" has no scroll container`))
      scroller.scrollTop = 0
      const start = performance.now()
      let last = start
      let frames = 0
      let maxFrameGap = 0
      const step = (now) => {
        frames++
        maxFrameGap = Math.max(maxFrameGap, now - last)
        last = now
        const shown = Math.max(0, ...dataRows(label).map((r) => Number(r.getAttribute('aria-rowindex'))))
        if (shown >= lastIndex || now - start > timeoutMs) {
          return resolve({ start, end: performance.now(), frames, maxFrameGap, reached: shown >= lastIndex, lastRowIndex: shown })
        }
        scroller.scrollTop += scroller.clientHeight
        requestAnimationFrame(step)
      }
      requestAnimationFrame(step)
    })

  for (const w of options?.onLoad ?? []) {
    if (location.pathname === w.path) bench.watch(w.id, w.kind, w.args)
  }
}
