import { describe, expect, it } from 'vitest';
import { ImportJobs } from './import-jobs.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('ImportJobs', () => {
  it('imports, reports finished progress, and reuses the result for the same bytes and options', async () => {
    const jobs = new ImportJobs();
    const first = await jobs.run('a.txt', text('第一段。\n\n第二段。\n'), {}, 'r1');
    expect(first.paragraphs).toHaveLength(2);
    expect(jobs.progress('r1')).toMatchObject({ running: false });
    const again = await jobs.run('a.txt', text('第一段。\n\n第二段。\n'), {});
    expect(again).toBe(first);
    const other = await jobs.run('a.txt', text('第一段。\n\n第二段。\n'), { repairPunctuation: false });
    expect(other).not.toBe(first);
  });

  it('rejects with import:errors.cancelled when cancelled while running', async () => {
    const jobs = new ImportJobs();
    const big = text(Array.from({ length: 2000 }, (_, i) => `第${i}段，内容。`).join('\n\n'));
    const running = jobs.run('big.txt', big, {}, 'r2');
    jobs.cancel('r2');
    await expect(running).rejects.toMatchObject({ code: 'import:errors.cancelled' });
    expect(jobs.progress('nope')).toBeNull();
  });
});
