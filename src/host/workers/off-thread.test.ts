import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file.ts';
import { importOffThread } from './off-thread.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
// Enough prose that importing it blocks a thread for a noticeable time.
const BIG = utf8(Array.from({ length: 60_000 }, (_, k) => `第${k}段：林西县推进脱贫攻坚，成效显著。全县干部群众齐心协力。`).join('\n\n'));

/** The longest gap (ms) between 5 ms timer ticks while `run` is awaited: how long the thread was not answering. */
async function worstStall(run: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const tick = (): void => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  };
  const timer = setInterval(tick, 5);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 10));
    tick();
  } finally {
    clearInterval(timer);
  }
  return worst;
}

describe('importOffThread', () => {
  it('returns what importFile returns, and AppErrors with their code', async () => {
    const text = utf8('第一段。\n\n第二段。\n');
    expect(await importOffThread('a.txt', text)).toEqual(await importFile('a.txt', text));
    await expect(importOffThread('e.txt', new Uint8Array(0))).rejects.toMatchObject({ code: 'import:errors.emptyFile', details: { name: 'e.txt' } });
  });
  it('keeps the calling thread free: its event loop stalls far less than during the same import in-process', async () => {
    const inProcess = await worstStall(() => importFile('big.txt', BIG));
    const offThread = await worstStall(() => importOffThread('big.txt', BIG));
    expect(inProcess).toBeGreaterThan(200);
    expect(offThread).toBeLessThan(inProcess / 3);
  });
  it('cancels by ending the thread, at once', async () => {
    const controller = new AbortController();
    const running = importOffThread('big.txt', BIG, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(running).rejects.toMatchObject({ code: 'import:errors.cancelled' });
  });
});
