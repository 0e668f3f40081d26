/**
 * In-browser measurements for bench/editor.bench.ts, driven through playwright-core: time to the
 * first rows, keystroke-to-next-frame latency, long tasks while scrolling, renderer JS heap.
 */
import type { Page } from 'playwright-core';

/** Milliseconds from navigation start until the app is ready and a row is in the DOM and visible. */
export async function timeToFirstRows(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      if (document.body?.dataset.appState !== 'ready') return false;
      const row = document.querySelector('[data-testid="row"]');
      return row !== null && row.getBoundingClientRect().height > 0;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return page.evaluate(() => performance.now());
}

/** Types `text` at the end of row `row`'s English; returns each keystroke's time to the next frame (ms). */
export async function keystrokeLatencies(page: Page, row: number, text: string): Promise<number[]> {
  const editor = page.locator(`[data-testid="row"][data-row="${row}"] .target .ProseMirror`);
  await editor.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    // The input event (and ProseMirror's DOM update) runs in the same task as keydown, so the
    // next animation frame comes after the DOM changed: this is keydown → next frame.
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => w.__lat.push(performance.now() - start));
      },
      true,
    );
  });
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, text.length);
  const typed = await editor.textContent();
  if (!typed?.endsWith(text)) throw new Error(`typing did not arrive in row ${row}: …${typed?.slice(-40)}`);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

/** Scrolls the grid from top to bottom in `steps` frames; returns the durations of long tasks seen (ms). */
export async function longTasksWhileScrolling(page: Page, steps: number): Promise<{ tasks: number[]; scrolledPx: number }> {
  return page.evaluate(async (n) => {
    const grid = document.querySelector('[data-testid="grid"]') as HTMLElement;
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    grid.scrollTop = 0;
    await frame();
    for (let i = 1; i <= n; i++) {
      // The total height grows as rows are measured, so aim at a fraction of the current height.
      grid.scrollTop = Math.round(((grid.scrollHeight - grid.clientHeight) * i) / n);
      await frame();
      await frame();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return { tasks, scrolledPx: grid.scrollTop };
  }, steps);
}

/** Used JS heap of the page after a full GC, in MB (CDP Runtime.getHeapUsage). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** The p-th percentile (0…100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
