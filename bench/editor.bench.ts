/**
 * Editor-at-scale benchmark: `node bench/editor.bench.ts` (or `npm run bench editor`).
 * Builds a ~1,000,000-character, 8,000-block project and a 50-block baseline, serves each with
 * `duizhao serve`, and drives Debian's Chromium through playwright-core to measure: time from
 * navigation to the first rows, keystroke-to-next-frame latency (p50/p95 over 100 characters typed
 * in an English editor in the middle of the document), long tasks while scrolling through the
 * whole grid, the renderer's JS heap after GC, and the host's RSS (/proc/<pid>/status).
 * Prints | metric | value | goal | pass | baseline | ratio |. Needs dist/ui (npx vite build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';
import { writeBenchProject } from './editor/project.ts';
import { heapMb, keystrokeLatencies, longTasksWhileScrolling, percentile, timeToFirstRows } from './editor/measure.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPED = 'The county built roads, schools and clinics, and incomes rose year after year since 2015, said one..';

interface Figures {
  readonly openMs: number;
  readonly keyP50: number;
  readonly keyP95: number;
  readonly longTaskMax: number;
  readonly longTasksOver50: number;
  readonly heapMb: number;
  readonly rssMb: number;
  readonly rssPeakMb: number;
}

async function serve(project: string, workspace: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['src/cli/bin.mjs', 'serve', project, '--port', '0', '--workspace', workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('duizhao serve printed no URL within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`duizhao serve exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
  });
  return { child, url };
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function measure(browser: Browser, project: string, rows: number): Promise<Figures> {
  const workspace = mkdtempSync(join(tmpdir(), 'duizhao-bench-ws-'));
  const { child, url } = await serve(project, workspace);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    // A cold page first (the browser's own start-up and the bundle's compile are not the app's).
    const warm = await context.newPage();
    await timeToFirstRows(warm, url);
    await warm.close();
    const page = await context.newPage();
    const openMs = await timeToFirstRows(page, url);
    // Type in the middle of the document: go there with Ctrl+G like a user.
    const middle = Math.max(2, Math.round(rows / 2) + 1);
    await page.locator('[data-testid="row"][data-row="1"] .target .ProseMirror').click();
    await page.keyboard.press('Control+g');
    await page.getByTestId('goto-input').fill(String(middle));
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="row"][data-row="${middle}"] .target .ProseMirror`).waitFor();
    const latencies = await keystrokeLatencies(page, middle, TYPED);
    await page.waitForFunction(() => document.body.dataset.pendingSaves === '0', undefined, { timeout: 30_000 });
    // BENCH_PANEL=<feature id> shows that side-panel tab first, to attribute costs to a panel.
    if (process.env.BENCH_PANEL) await page.getByTestId(`tab-${process.env.BENCH_PANEL}`).click();
    const { tasks } = await longTasksWhileScrolling(page, Math.max(10, Math.round(rows / 20)));
    const heap = await heapMb(page);
    return {
      openMs,
      keyP50: percentile(latencies, 50),
      keyP95: percentile(latencies, 95),
      longTaskMax: tasks.length ? Math.max(...tasks) : 0,
      longTasksOver50: tasks.filter((d) => d > 50).length,
      heapMb: heap,
      rssMb: statusMb(child.pid!, 'VmRSS'),
      rssPeakMb: statusMb(child.pid!, 'VmHWM'),
    };
  } finally {
    await context.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(workspace, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  if (!existsSync('dist/ui/index.html')) {
    console.error('bench/editor.bench.ts needs the built UI (dist/ui/index.html is missing): run `npx vite build` first.');
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-bench-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Without a display, frames would wait for a 60 Hz vsync, so "next frame" would measure the
    // vsync phase (0–16.7 ms) rather than the work a keystroke causes; unthrottled frames come
    // as soon as the work is done.
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  try {
    const large = writeBenchProject(dir, 'large', 8000);
    const small = writeBenchProject(dir, 'baseline', 50);
    console.log(`project: 8,000 blocks, ${large.chars.toLocaleString('en')} Chinese characters; baseline: 50 blocks, ${small.chars.toLocaleString('en')} characters\n`);
    const base = await measure(browser, small.path, 50);
    const big = await measure(browser, large.path, 8000);

    const rows: [string, number, number, string, boolean | null, number][] = [
      ['open: navigation → first rows (ms)', big.openMs, 1000, '≤ 1000', big.openMs <= 1000, base.openMs],
      ['keystroke → next frame p50 (ms)', big.keyP50, 16, '—', null, base.keyP50],
      ['keystroke → next frame p95 (ms)', big.keyP95, 16, '≤ 16', big.keyP95 <= 16, base.keyP95],
      ['longest task while scrolling (ms)', big.longTaskMax, 50, '≤ 50', big.longTaskMax <= 50, base.longTaskMax],
      ['long tasks > 50 ms while scrolling', big.longTasksOver50, 0, '0', big.longTasksOver50 === 0, base.longTasksOver50],
      ['renderer JS heap after GC (MB)', big.heapMb, 300, '≤ 300', big.heapMb <= 300, base.heapMb],
      ['host RSS at end (MB)', big.rssMb, 300, '≤ 300', big.rssMb <= 300, base.rssMb],
      ['host peak RSS (MB)', big.rssPeakMb, 300, '≤ 300', big.rssPeakMb <= 300, base.rssPeakMb],
    ];
    const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
    console.log('| metric | value | goal | pass | baseline (50 blocks) | ratio |');
    console.log('|---|---:|---:|:---:|---:|---:|');
    for (const [name, value, , goal, pass, baseline] of rows) {
      const ratio = baseline > 0 ? `${(value / baseline).toFixed(2)}×` : '—';
      console.log(`| ${name} | ${fmt(value)} | ${goal} | ${pass === null ? '' : pass ? 'yes' : 'NO'} | ${fmt(baseline)} | ${ratio} |`);
    }
    return rows.every((r) => r[4] !== false) ? 0 : 1;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
