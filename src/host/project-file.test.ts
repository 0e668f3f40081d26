import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { imported, p, tempDir } from './testing/fixtures.ts';
import { safeFileStem, uniqueProjectPath, writeNewProject } from './project-file.ts';
import { ProjectStore } from './storage/project-store.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const project = { name: '林西', sourceLang: 'zh-CN', targetLang: 'en' };

describe('project files', () => {
  it('makes names safe for every file system', () => {
    expect(safeFileStem('林西县/脱贫:攻坚?')).toBe('林西县_脱贫_攻坚_');
    expect(safeFileStem('..\u0000hidden')).toBe('_hidden');
    expect(safeFileStem('  ...  ')).toBe('project');
    expect([...safeFileStem('字'.repeat(500))]).toHaveLength(120);
  });

  it('numbers names that are taken', () => {
    writeFileSync(join(dir, 'a.duizhao'), '');
    writeFileSync(join(dir, 'a (2).duizhao'), '');
    expect(uniqueProjectPath(dir, 'a')).toBe(join(dir, 'a (3).duizhao'));
  });

  it('publishes a complete, closed project and never overwrites', () => {
    const path = join(dir, 'p.duizhao');
    writeNewProject(path, project, [{ title: 'd', sourceFileName: 'd.txt', result: imported(p('林西县')) }], Date.now());
    expect(readdirSync(dir)).toEqual(['p.duizhao']);
    const store = ProjectStore.open(path);
    expect(store.documents()).toEqual([{ id: 1, title: 'd', blockCount: 1 }]);
    store.close();

    expect(() => writeNewProject(path, project, [], Date.now())).toThrow(expect.objectContaining({ code: 'host:errors.projectExists' }));
    expect(readdirSync(dir)).toEqual(['p.duizhao']);
  });

  it('removes the temp file when building the project fails', () => {
    const broken = imported(p('林西县'));
    const bad = { ...broken, paragraphs: [{ kind: 'poem', text: 'x' }] } as unknown as typeof broken;
    expect(() => writeNewProject(join(dir, 'q.duizhao'), project, [{ title: 'd', sourceFileName: 'd.txt', result: bad }], Date.now())).toThrow(/CHECK/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
