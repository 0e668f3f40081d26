// Takes the README screenshot: the sample project in Debian's Chromium through the web host, with
// a few rows translated. Run: `npm run build:ui && node e2e/screenshot.ts [out.png] [--zh]`.
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const out = process.argv.find((a) => a.endsWith('.png')) ?? 'e2e/screenshots/workbench.png';
const workspace = mkdtempSync(path.join(os.tmpdir(), 'duizhao-shot-'));
const server = spawn(process.execPath, ['src/cli/bin.mjs', 'serve', '--port', '0', '--workspace', workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout! }).once('line', (l) => resolve(l.trim())));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(url);
  await page.locator('body[data-app-state="ready"]').waitFor({ state: 'attached' });
  if (process.argv.includes('--zh')) {
    await page.getByTestId('ui-language').selectOption('zh-CN');
  }
  const rows = [
    'Combining Party building with poverty alleviation: the Linxi experience',
    'Over the past years, Linxi County has kept Party building at the centre of its fight against poverty.',
  ];
  for (const [i, text] of rows.entries()) {
    await page.locator(`[data-row="${i + 1}"] .target .ProseMirror`).click();
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
  }
  await page.locator('body[data-pending-saves="0"]').waitFor({ state: 'attached' });
  // Progress is recounted shortly after statuses change; wait for it to show both confirmations.
  await page.getByTestId('progress-text').getByText(`${rows.length} / `).waitFor();
  await page.locator('[data-row="1"] .target .ProseMirror').click();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
