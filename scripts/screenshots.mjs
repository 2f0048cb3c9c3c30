// Takes the README's screenshots from a running demo build:
//   npm run build:demo && npx vite preview --outDir dist-demo --port 4310 &
//   node scripts/screenshots.mjs http://127.0.0.1:4310
import { chromium } from '@playwright/test'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
const settle = () => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
const shoot = async (name, fullPage = false) => {
  await settle()
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage })
}

await page.goto(`${base}/destinations`)
await page.getByRole('grid', { name: 'Destinations' }).getByRole('link').first().waitFor()
await shoot('destination-list')

await page.goto(`${base}/destinations/1001`)
await page.getByRole('heading', { name: 'Segments Mapped to LiveRamp Acme Retail' }).scrollIntoViewIfNeeded()
await page.getByRole('grid', { name: 'Segments Mapped to LiveRamp Acme Retail' }).getByRole('row').nth(2).waitFor()
await shoot('destination-details', true)

await page.getByRole('button', { name: 'Browse All Segments' }).click()
const picker = page.getByRole('dialog', { name: 'Browse All Segments' })
await picker.getByRole('searchbox', { name: 'Search segments' }).fill('Age Range')
await picker.getByRole('checkbox', { name: 'Select Age Range: 18-20', exact: true }).check()
await picker.getByRole('checkbox', { name: 'Select Age Range: 21-24', exact: true }).check()
await picker.getByRole('checkbox', { name: 'Select Age Range: 25-29', exact: true }).check()
await shoot('browse-all-segments')

await picker.getByRole('button', { name: 'Add Selected Segments' }).click()
await page.getByRole('dialog', { name: 'Edit Mapping' }).waitFor()
await shoot('edit-mapping')
await browser.close()
