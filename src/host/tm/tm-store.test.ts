import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePairs } from '../../core/tm/generate.ts';
import { writeTmx } from '../../core/tm/tmx-write.ts';
import { tempDir } from '../testing/fixtures.ts';
import { sqlite } from '../storage/sqlite.ts';
import { importTmFile } from './import-tm.ts';
import { TmStore } from './tm-store.ts';
import { exportTmFile } from './export-tm.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const ctx = { now: '2026-03-01T08:00:00.000Z', user: 'tester' };
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

function tmx(count: number, srclang = 'zh-CN', trglang = 'en'): string {
  let out = '';
  writeTmx(generatePairs(count, 3).map((p) => ({ ...p, sourceTags: [], targetTags: [] })), srclang, trglang, (c) => (out += c));
  return out;
}

describe('TmStore and TM import', () => {
  it('imports TMX with progress, skips duplicates, looks up and exports with the same units', async () => {
    const store = TmStore.open(join(dir, 'a.duizhao-tm'), { create: true });
    const seen: number[] = [];
    const text = tmx(6000);
    const first = await importTmFile(store, 'big.tmx', bytes(text), ctx, (p) => seen.push(p));
    expect(first.added + first.skipped).toBe(6000);
    expect(store.count()).toBe(first.added);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen[seen.length - 1]).toBe(1000);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const again = await importTmFile(store, 'big.tmx', bytes(text), ctx);
    expect(again).toEqual({ added: 0, skipped: 6000 });
    const pair = generatePairs(1, 3)[0]!;
    expect(store.lookup({ source: pair.source })[0]).toMatchObject({ target: pair.target, score: 100 });
    const [row] = store.rows([store.lookup({ source: pair.source })[0]!.id]);
    expect(row).toMatchObject({ originFile: 'big.tmx', createdBy: 'tester' });
    const out = join(dir, 'out.tmx');
    exportTmFile(store, out);
    const back = TmStore.open(join(dir, 'b.duizhao-tm'), { create: true });
    expect(await importTmFile(back, 'out.tmx', new Uint8Array(readFileSync(out)), ctx)).toEqual({ added: store.count(), skipped: 0 });
    expect([...back.allRows()].map((r) => [r.source, r.target, r.originFile])).toEqual([...store.allRows()].map((r) => [r.source, r.target, r.originFile]));
    store.close();
    back.close();
  }, 60_000);

  it('refuses another language pair naming both pairs, and a malformed file, leaving the TM untouched', async () => {
    const store = TmStore.open(join(dir, 'a.duizhao-tm'), { create: true });
    await expect(importTmFile(store, 'ja.tmx', bytes(tmx(3, 'ja', 'en')), ctx)).rejects.toMatchObject({
      code: 'tm:errors.languagePair',
      details: { fileSource: 'ja', fileTarget: 'en', tmSource: 'zh-CN', tmTarget: 'en' },
    });
    await expect(importTmFile(store, 'rev.tmx', bytes(tmx(3, 'en', 'zh-CN')), ctx)).rejects.toMatchObject({ code: 'tm:errors.languagePair' });
    const broken = tmx(50).replace('</seg></tuv></tu>\n<tu>', '</seg></tuv>\n<tu>');
    await expect(importTmFile(store, 'broken.tmx', bytes(broken), ctx)).rejects.toMatchObject({ code: 'tm:errors.malformedTmx' });
    await expect(importTmFile(store, 'x.pdf', bytes('x'), ctx)).rejects.toMatchObject({ code: 'tm:errors.unknownFormat' });
    expect(store.count()).toBe(0);
    expect(await importTmFile(store, 'zh-Hans.tmx', bytes(tmx(3, 'zh-Hans', 'en-US')), ctx)).toMatchObject({ added: 3 });
    store.close();
  });

  it('refuses a project file or any other SQLite file as a TM', () => {
    const other = join(dir, 'other.db');
    const db = new (sqlite())(other);
    db.exec('CREATE TABLE x (y)');
    db.close();
    expect(() => TmStore.open(other)).toThrow(expect.objectContaining({ code: 'tm:errors.notATm' }));
    expect(() => TmStore.open(join(dir, 'missing.duizhao-tm'))).toThrow(expect.objectContaining({ code: 'tm:errors.tmNotFound' }));
  });

  it('is never corrupted by kill -9 in the middle of an import', async () => {
    const path = join(dir, 'k.duizhao-tm');
    const seed = TmStore.open(path, { create: true });
    await importTmFile(seed, 'seed.tsv', bytes('林西县\tLinxi County\n'), ctx);
    seed.close();
    const file = join(dir, 'big.tmx');
    writeFileSync(file, tmx(40_000));
    const modules = ['./tm-store.ts', './import-tm.ts'].map((m) => fileURLToPath(new URL(m, import.meta.url)));
    const script = `import { TmStore } from ${JSON.stringify(modules[0])};
      import { importTmFile } from ${JSON.stringify(modules[1])};
      import { readFileSync } from 'node:fs';
      const store = TmStore.open(${JSON.stringify(path)});
      let told = false;
      await importTmFile(store, 'big.tmx', new Uint8Array(readFileSync(${JSON.stringify(file)})), { now: 'x', user: 'u' }, (p) => {
        if (p > 600 && !told) { told = true; console.log('writing'); }
      });
      console.log('done');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise((r) => child.on('close', r));
    await new Promise<void>((resolvePromise, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        if (c.toString().includes('writing')) resolvePromise();
        if (c.toString().includes('done')) reject(new Error('import finished before it could be killed'));
      });
      child.on('close', () => reject(new Error(`child exited early: ${err}`)));
    });
    child.kill('SIGKILL');
    await exited;
    const store = TmStore.open(path);
    expect(store.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    expect(store.count()).toBe(1);
    expect(await importTmFile(store, 'big.tmx', new Uint8Array(readFileSync(file)), ctx)).toMatchObject({ added: 40_000 - (40_000 - new Set(generatePairs(40_000, 3).map((p) => p.source + '\u0000' + p.target)).size) });
    store.close();
  }, 180_000);
});
