import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Source entries of the demo backend: the dynamic import in src/main.tsx and anything under src/mocks. */
const DEMO_BACKEND = /^src\/mocks\//

/**
 * Output files (paths relative to `outDir`, e.g. `assets/browser-abc.js`) that the first screen
 * fetches only because the demo backend needs them, from Vite's `.vite/manifest.json` (the bench
 * build passes `--manifest`): every chunk and CSS file reachable from a `src/mocks/*` entry, minus
 * those the app's entry loads itself (its static imports, followed transitively). A chunk that the
 * demo backend shares with a lazily loaded part of the app (a form's schemas, say) is fetched at
 * start-up only because the demo backend imports it; with a real backend the first screen would not
 * fetch it, so it is not counted. A chunk the app's entry imports always counts.
 * @throws Error when the manifest is missing (build without `--manifest`)
 */
export function demoBackendFiles(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
  const closure = (roots, skip, followDynamic) => {
    const seen = new Set()
    const files = new Set()
    const visit = (key) => {
      if (seen.has(key) || !manifest[key] || skip(key)) return
      seen.add(key)
      const chunk = manifest[key]
      files.add(chunk.file)
      for (const css of chunk.css ?? []) files.add(css)
      for (const k of [...(chunk.imports ?? []), ...(followDynamic ? (chunk.dynamicImports ?? []) : [])]) visit(k)
    }
    roots.forEach(visit)
    return files
  }
  const keys = Object.keys(manifest)
  const app = closure(keys.filter((k) => manifest[k].isEntry), (k) => DEMO_BACKEND.test(k), false)
  const demo = closure(keys.filter((k) => DEMO_BACKEND.test(k)), (k) => k === 'index.html', true)
  return new Set([...demo].filter((f) => !app.has(f)))
}

/**
 * Gzip size in KB (1 KB = 1,024 bytes) of each JavaScript and CSS file the page fetched, read from
 * the build folder and compressed with Node's zlib at level 9 (about 1% smaller than the "gzip" column `vite build`
 * prints, which counts kB of 1,000 bytes).
 * `urls`: absolute URLs from Resource Timing. Skips other origins, `mockServiceWorker.js` and
 * `excluded` (demo backend files). Returns `{ totalKb, files: [{ file, kb }], excluded: [file] }`.
 */
export function gzipSizes(outDir, origin, urls, excluded) {
  const files = []
  const skipped = []
  for (const file of new Set(urls.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname.slice(1)))) {
    if (!/\.(js|css)$/.test(file)) continue
    if (file === 'mockServiceWorker.js' || excluded.has(file)) {
      skipped.push(file)
      continue
    }
    const bytes = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length
    files.push({ file, kb: bytes / 1024 })
  }
  files.sort((a, b) => b.kb - a.kb)
  return { totalKb: files.reduce((sum, f) => sum + f.kb, 0), files, excluded: skipped }
}
