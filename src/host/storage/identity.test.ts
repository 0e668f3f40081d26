import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { assertProjectFile } from './identity.ts';
import { ProjectStore } from './project-store.ts';
import { sqlite } from './sqlite.ts';

const storeModule = fileURLToPath(new URL('./project-store.ts', import.meta.url));
let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Every file in the folder with its bytes, to show that nothing was written, created or removed. */
function snapshot(): Map<string, string> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name)).toString('base64')]));
}

function foreignDatabase(name: string, journal: 'DELETE' | 'WAL'): string {
  const path = join(dir, name);
  const db = new (sqlite())(path);
  db.exec(`PRAGMA journal_mode = ${journal}; CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');`);
  db.close();
  return path;
}

const notAProject = expect.objectContaining({ code: 'host:errors.notAProject' });

describe('project identity', () => {
  it('refuses a foreign SQLite database, an empty file and a text file without changing a byte', () => {
    const files = [foreignDatabase('other-app.db', 'DELETE'), foreignDatabase('other-wal.db', 'WAL'), join(dir, 'empty.duizhao'), join(dir, 'notes.txt')];
    writeFileSync(files[2]!, '');
    writeFileSync(files[3]!, '林西县 '.repeat(100));
    const before = snapshot();
    for (const file of files) {
      expect(() => assertProjectFile(file), file).toThrow(notAProject);
      expect(() => ProjectStore.open(file), file).toThrow(notAProject);
    }
    expect(snapshot()).toEqual(before); // no -wal, no -shm, no 4 KB database, no journal-mode change
  });

  it('refuses a foreign database whose process died with its log unmerged, leaving both files as they were', () => {
    const path = join(dir, 'crashed-other.db');
    const code = `import { DatabaseSync } from 'node:sqlite';
      const db = new DatabaseSync(${JSON.stringify(path)});
      db.exec("PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; CREATE TABLE notes (x); INSERT INTO notes VALUES (1);");
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['--input-type=module', '-e', code]);
    expect(existsSync(`${path}-wal`)).toBe(true);
    const before = snapshot();
    expect(() => ProjectStore.open(path)).toThrow(notAProject);
    expect(snapshot()).toEqual(before);
  });

  it('accepts a project, including one whose creator died before its first checkpoint', () => {
    const path = join(dir, 'p.duizhao');
    const code = `import { ProjectStore } from ${JSON.stringify(storeModule)};
      const store = ProjectStore.create(${JSON.stringify(path)}, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, 0);
      store.addDocument({ title: 'd', sourceFileName: 'd.txt', result: ${JSON.stringify(imported(p('林西县')))} }, 0);
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['--input-type=module', '-e', code]);
    // The identity is only in the log: the header of the file itself still says 0.
    expect(readFileSync(path).readUInt32BE(68)).toBe(0);
    expect(() => assertProjectFile(path)).not.toThrow();
    const store = ProjectStore.open(path);
    expect(store.listBlocks(1).map((b) => b.source)).toEqual(['林西县']);
    store.close();
    expect(() => assertProjectFile(path)).not.toThrow(); // checkpointed on close: now in the header
    expect(readFileSync(path).readUInt32BE(68)).toBe(0x445a484f);
  });
});
