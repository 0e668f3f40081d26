import { describe, expect, it } from 'vitest';
import { foldSettingKey, onTermMatcherOptionsChange, readTraditionalFold, setTraditionalFold, termMatcherOptions, writeTraditionalFold } from './script-fold.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

describe('traditional/simplified matching option', () => {
  it('is remembered per project', () => {
    const storage = memoryStorage();
    writeTraditionalFold(storage, '/a.duizhao', true);
    expect(readTraditionalFold(storage, '/a.duizhao')).toBe(true);
    expect(readTraditionalFold(storage, '/b.duizhao')).toBe(false);
    writeTraditionalFold(storage, '/a.duizhao', false);
    expect(storage.items.has(foldSettingKey('/a.duizhao'))).toBe(false);
  });

  it('gives the fold only once enabled and loaded, loads it once, and tells listeners', async () => {
    const fold = (unit: number) => (unit === 0x812b ? 0x8131 : unit); // 脫 → 脱
    let loads = 0;
    const load = async () => (loads++, fold);
    let told = 0;
    const stop = onTermMatcherOptionsChange(() => told++);
    expect(termMatcherOptions()).toEqual({});
    await setTraditionalFold(true, load);
    expect(termMatcherOptions().fold?.(0x812b)).toBe(0x8131);
    await setTraditionalFold(false, load);
    expect(termMatcherOptions()).toEqual({});
    await setTraditionalFold(true, load);
    expect(loads).toBe(1);
    expect(told).toBe(3);
    stop();
    await setTraditionalFold(false, load);
    expect(told).toBe(3);
  });
});
