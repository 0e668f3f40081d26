import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright never downloads a browser here. The flags keep Chromium from
// reaching for the network, which this machine does not have.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e/specs',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  globalSetup: './e2e/fixtures/global-setup.ts',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // The real UI in Chromium against the loopback web host (src/server).
    { name: 'web', use: { browserName: 'chromium' } },
    // The same specs through Electron, where an Electron binary exists (skipped here, with the reason printed).
    { name: 'electron' },
  ],
});
