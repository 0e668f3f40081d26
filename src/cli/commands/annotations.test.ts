import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, imported, p } from '../../host/testing/fixtures.ts';
import { writeNewProject } from '../../host/project-file.ts';
import { loadAnnotationData } from '../../host/annotations/load-annotation-data.ts';
import { ProjectStore } from '../../host/storage/project-store.ts';
import { runInProcess } from '../testing/cli-runs.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const run = (args: string[]) => runInProcess(args, { LANG: 'C' });

const quoteOnly = (exact: string) => ({ type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'idiom' }, target: { selector: { type: 'TextQuoteSelector', exact } } });

describe('duizhao annotations import', () => {
  it('prints anchored and orphaned counts and keeps the orphans in the project', async () => {
    const project = join(dir, 'p.duizhao');
    writeNewProject(project, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'd', sourceFileName: 'd.txt', result: imported(p('林西县推进脱贫攻坚。'), p('感恩奋进。')) }], Date.now());
    const file = join(dir, 'a.jsonld');
    writeFileSync(file, JSON.stringify([quoteOnly('脱贫攻坚'), quoteOnly('感恩'), quoteOnly('没有这句话')]));

    const result = await run(['annotations', 'import', project, file, '--json']);
    expect(result).toEqual({ code: 0, stdout: '{"anchored":2,"orphaned":1}\n', stderr: '' });
    const store = ProjectStore.open(project);
    const { annotations } = loadAnnotationData(store.db);
    store.close();
    expect(annotations.map((a) => [a.quote, a.orphaned])).toEqual([
      ['脱贫攻坚', false],
      ['感恩', false],
      ['没有这句话', true],
    ]);
  });

  it('reports a missing file and wrong usage as one line with exit code 2', async () => {
    expect((await run(['annotations', 'import', join(dir, 'p.duizhao'), join(dir, 'none.jsonld')])).stderr).toMatch(/does not exist|none\.jsonld/);
    const usage = await run(['annotations', 'export', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('annotations import');
  });
});
