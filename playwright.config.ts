import { defineConfig, devices } from '@playwright/test'

// E2E_PORT lets several runs share a machine (each builds into its own folder).
const PORT = Number(process.env.E2E_PORT ?? 4173)
const OUT_DIR = process.env.E2E_PORT ? `dist-demo-${PORT}` : 'dist-demo'
const baseURL = `http://127.0.0.1:${PORT}`

// Debian's Chromium; Playwright never downloads a browser here.
const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
}

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_PORT ? `test-results-${PORT}` : 'test-results',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: { baseURL, trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', use: { ...chromium, timezoneId: 'UTC' }, testIgnore: /dates\.spec\.ts/ },
    { name: 'los-angeles', use: { ...chromium, timezoneId: 'America/Los_Angeles' }, testMatch: /dates\.spec\.ts/ },
    { name: 'kiritimati', use: { ...chromium, timezoneId: 'Pacific/Kiritimati' }, testMatch: /dates\.spec\.ts/ },
  ],
  webServer: {
    // The same demo build a user runs with `npm start`.
    command: `npx vite build --mode demo --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 180_000,
  },
})
