import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/fixtures.ts';
import { createWorkbench, type Workbench } from '../workbench.ts';
import { workingTmPath } from './paths.ts';
import { TmStore } from './tm-store.ts';

let dir = '';
let cleanup = (): void => {};
const open: Workbench[] = [];
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(async () => {
  for (const wb of open.splice(0)) await wb.close();
  cleanup();
});

const file = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text, 'utf8').toString('base64') });
function workbench(): Workbench {
  const wb = createWorkbench({ workspaceDir: dir, now: () => Date.parse('2026-03-01T08:00:00Z') });
  open.push(wb);
  return wb;
}

describe('TM methods of the workbench', () => {
  it('puts every confirmed row (paragraph and sentence pairs) into the working TM, and finds it from another project', async () => {
    const wb = workbench();
    const first = await wb.createProject({ file: file('a.txt', '林西县推进脱贫攻坚。成效显著。\n\n驻村工作队进村入户。\n\n第三段。\n') });
    const blocks = await wb.listBlocks({ documentId: first.documents[0]!.id });
    await wb.saveTarget({ blockId: blocks[0]!.id, target: 'Linxi advanced the fight against poverty. The results were remarkable.', status: 'confirmed' });
    await wb.saveTarget({ blockId: blocks[1]!.id, target: 'A draft only.', status: 'draft' });
    const working = workingTmPath(first.path);
    expect(existsSync(working)).toBe(true);

    const exact = await wb.tmLookup({ source: '林西县推进脱贫攻坚。成效显著。', nextSource: '驻村工作队进村入户。' });
    expect(exact[0]).toMatchObject({ score: 101, target: 'Linxi advanced the fight against poverty. The results were remarkable.', tmPath: working, changedAt: '2026-03-01T08:00:00.000Z' });
    expect((await wb.tmLookup({ source: '成效显著。' }))[0]).toMatchObject({ score: 100, target: 'The results were remarkable.' });
    expect(await wb.tmLookup({ source: '驻村工作队进村入户。', min: 90 })).toEqual([]); // drafts are not TM material

    const concordance = await wb.tmConcordance({ query: '脱贫', side: 'source' });
    expect(concordance.total).toBe(2);
    expect(concordance.hits[0]!.hits.length).toBe(1);
    expect((await wb.tmConcordance({ query: 'remarkable', side: 'target' })).total).toBe(2);
  });

  it('attaches TMs in priority order, imports into writable ones only, and reports a missing one', async () => {
    const wb = workbench();
    await wb.createProject({ file: file('a.txt', '林西县\n') });
    const shared = join(dir, 'shared.duizhao-tm');
    const ro = join(dir, 'ro.duizhao-tm');
    TmStore.open(ro, { create: true }).close();
    await wb.attachTm({ path: shared, writable: true, create: true });
    const list = await wb.attachTm({ path: ro, writable: false });
    expect(list.map((t) => [t.role, t.name, t.writable])).toEqual([['working', expect.stringContaining('working'), true], ['attached', 'shared', true], ['attached', 'ro', false]]);
    expect(await wb.importTm({ file: file('t.tsv', '林西县\tLinxi County\n'), tmPath: shared, requestId: 'r1' })).toEqual({ added: 1, skipped: 0 });
    expect(await wb.getTmImportProgress({ requestId: 'r1' })).toEqual({ permille: 1000, running: false });
    await expect(wb.importTm({ file: file('t.tsv', '林西县\tLinxi\n'), tmPath: ro })).rejects.toMatchObject({ code: 'tm:errors.readOnly' });
    expect((await wb.tmLookup({ source: '林西县' }))[0]).toMatchObject({ tmName: 'shared', score: 100 });
    await expect(wb.attachTm({ path: join(dir, 'nope.duizhao-tm'), writable: false })).rejects.toMatchObject({ code: 'tm:errors.tmNotFound' });
    expect((await wb.detachTm({ path: shared })).map((t) => t.name)).not.toContain('shared');
  });
});
