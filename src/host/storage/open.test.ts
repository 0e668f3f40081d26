import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { ProjectStore } from './project-store.ts';
import { sqlite } from './sqlite.ts';

const storeModule = fileURLToPath(new URL('./project-store.ts', import.meta.url));
let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Runs an ES module snippet in a separate `node` process with `ProjectStore` in scope. */
function child(code: string): { lines: AsyncIterable<string>; exited: Promise<number | null>; kill: () => void; output: () => string } {
  const script = `import { ProjectStore } from ${JSON.stringify(storeModule)};\n${code}`;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('close', resolve));
  async function* lines(): AsyncGenerator<string> {
    let buffer = '';
    for await (const chunk of proc.stdout) {
      buffer += (chunk as Buffer).toString();
      out += (chunk as Buffer).toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        yield buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
      }
    }
    if (err) throw new Error(err);
  }
  return { lines: lines(), exited, kill: () => proc.kill('SIGKILL'), output: () => out + err };
}

async function firstLine(lines: AsyncIterable<string>): Promise<string> {
  for await (const line of lines) return line;
  return '';
}

function createProject(path: string, ...texts: string[]): void {
  const store = ProjectStore.create(path, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, Date.now());
  store.addDocument({ title: 'd', sourceFileName: 'd.txt', result: imported(...texts.map((t) => p(t))) }, Date.now());
  store.close();
}

describe('opening a project file', () => {
  it('locks the file against a second process until it is closed', async () => {
    const path = join(dir, 'p.duizhao');
    createProject(path, '林西县');
    const store = ProjectStore.open(path);
    const attempt = `try { ProjectStore.open(${JSON.stringify(path)}).close(); console.log('opened'); } catch (e) { console.log(e.code); }`;
    const locked = child(attempt);
    expect(await firstLine(locked.lines)).toBe('host:errors.projectLocked');
    await locked.exited;
    store.close();
    const free = child(attempt);
    expect(await firstLine(free.lines)).toBe('opened');
    await free.exited;
  });

  it('keeps a resolved save when the process is killed with SIGKILL', async () => {
    const path = join(dir, 'p.duizhao');
    createProject(path, '林西县');
    const writer = child(`
      const store = ProjectStore.open(${JSON.stringify(path)});
      const id = store.listBlocks(1)[0].id;
      store.saveTarget(id, 'Linxi County', 'draft', Date.now());
      console.log('saved');
      setInterval(() => {}, 1000);`);
    expect(await firstLine(writer.lines)).toBe('saved');
    writer.kill();
    await writer.exited;
    const store = ProjectStore.open(path);
    expect(store.listBlocks(1)[0]).toMatchObject({ target: 'Linxi County', status: 'draft' });
    expect(store.history(1)).toHaveLength(1);
    store.close();
  });

  it('refuses missing, foreign, newer and corrupt files with the matching error', () => {
    const missing = join(dir, 'missing.duizhao');
    expect(() => ProjectStore.open(missing)).toThrow(expect.objectContaining({ code: 'host:errors.projectNotFound' }));

    const garbage = join(dir, 'garbage.duizhao');
    writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    expect(() => ProjectStore.open(garbage)).toThrow(expect.objectContaining({ code: 'host:errors.notAProject' }));

    const foreign = join(dir, 'foreign.duizhao');
    const other = new (sqlite())(foreign);
    other.exec('CREATE TABLE notes (x)');
    other.close();
    expect(() => ProjectStore.open(foreign)).toThrow(expect.objectContaining({ code: 'host:errors.notAProject' }));

    const newer = join(dir, 'newer.duizhao');
    createProject(newer, 'x');
    const raw = new (sqlite())(newer);
    raw.exec('PRAGMA user_version = 999');
    raw.close();
    expect(() => ProjectStore.open(newer)).toThrow(expect.objectContaining({ code: 'host:errors.projectTooNew' }));
  });

  it('detects a damaged page with the integrity check', () => {
    const path = join(dir, 'damaged.duizhao');
    createProject(path, ...Array.from({ length: 400 }, (_, i) => `第${i}段：林西县在推进脱贫攻坚过程中`));
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    // Scribble over the middle of the file: b-tree pages, not the header.
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    expect(() => ProjectStore.open(path)).toThrow(expect.objectContaining({ code: 'host:errors.projectCorrupt' }));
  });
});
