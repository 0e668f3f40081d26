import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './testing/fixtures.ts';
import { createWorkbench } from './workbench.ts';
import type { Workbench } from './workbench.ts';
import { MAX_RECENT } from './recent.ts';

let workspace = '';
let cleanup = (): void => {};
let clock = Date.parse('2026-03-01T08:00:00.000Z');
const open: Workbench[] = [];

function workbench(): Workbench {
  const wb = createWorkbench({ workspaceDir: workspace, now: () => clock });
  open.push(wb);
  return wb;
}

/** A file payload as the UI sends it. */
function file(fileName: string, text: string) {
  return { fileName, dataBase64: Buffer.from(text, 'utf8').toString('base64') };
}

const code = (expected: string) => expect.objectContaining({ code: expected });

beforeEach(() => ({ dir: workspace, cleanup } = tempDir()));
afterEach(async () => {
  for (const wb of open.splice(0)) await wb.close();
  cleanup();
});

describe('createWorkbench', () => {
  it('refuses project operations before a project is open', async () => {
    const wb = workbench();
    expect(await wb.getSession({})).toEqual({ project: null, recent: [] });
    await expect(wb.listBlocks({ documentId: 1 })).rejects.toEqual(code('host:errors.noProject'));
    await expect(wb.saveTarget({ blockId: 1, target: 'x', status: 'draft' })).rejects.toEqual(code('host:errors.noProject'));
    await expect(wb.getStats({})).rejects.toEqual(code('host:errors.noProject'));
  });

  it('creates the sample once and keeps its translations across sessions', async () => {
    const first = workbench();
    const info = await first.openSample({});
    expect(info.name).toBe('林西县脱贫攻坚 (sample)');
    expect(info.path).toBe(join(workspace, 'sample', 'linxi-spread.duizhao'));
    expect(info.documents[0]!.blockCount).toBeGreaterThan(3);
    const blocks = await first.listBlocks({ documentId: info.documents[0]!.id });
    expect(blocks.map((b) => b.source).join('')).toContain('脱贫攻坚');
    await first.saveTarget({ blockId: blocks[0]!.id, target: 'Poverty alleviation', status: 'confirmed' });
    await first.close();

    const second = workbench();
    const again = await second.openSample({});
    expect(again.documents).toEqual(info.documents);
    const [block] = await second.listBlocks({ documentId: info.documents[0]!.id });
    expect(block).toMatchObject({ target: 'Poverty alleviation', status: 'confirmed' });
    expect((await second.getStats({})).blocks.confirmed).toBe(1);
    await expect(second.saveTarget({ blockId: 10_000_000, target: 'x', status: 'draft' })).rejects.toEqual(code('host:errors.blockNotFound'));
  });

  it('creates uniquely named projects and lists them as recent, newest first', async () => {
    const wb = workbench();
    const a = await wb.createProject({ file: file('林西.txt', '林西县在推进脱贫攻坚过程中。\n\n第二段。\n') });
    clock += 1000;
    const b = await wb.createProject({ file: file('林西.txt', '另一篇。\n') });
    expect(a.path).toBe(join(workspace, 'projects', '林西.duizhao'));
    expect(b.path).toBe(join(workspace, 'projects', '林西 (2).duizhao'));
    expect(a.name).toBe('林西');
    const session = await wb.getSession({});
    expect(session.project?.path).toBe(b.path);
    expect(session.recent.map((r) => [r.path, r.exists])).toEqual([
      [b.path, true],
      [a.path, true],
    ]);
    await wb.openProject({ path: a.path });
    rmSync(b.path);
    expect((await wb.getSession({})).recent.map((r) => [r.name, r.exists])).toEqual([
      ['林西', true],
      ['林西', false],
    ]);
  });

  it('keeps at most ten recent projects', async () => {
    const wb = workbench();
    for (let i = 0; i < MAX_RECENT + 2; i++) {
      clock += 1000;
      await wb.createProject({ file: file('a.txt', '林西县。\n'), name: `p${i}` });
    }
    const recent = (await wb.getSession({})).recent;
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]!.name).toBe(`p${MAX_RECENT + 1}`);
    expect(recent.at(-1)!.name).toBe('p2');
  });

  it('leaves nothing behind when the import fails', async () => {
    const wb = workbench();
    await expect(wb.createProject({ file: { fileName: 'x.txt', dataBase64: '%%%' } })).rejects.toEqual(code('host:errors.badFile'));
    await expect(wb.createProject({ file: { fileName: 'x.txt', dataBase64: '' } })).rejects.toEqual(code('import:errors.emptyFile'));
    const projects = join(workspace, 'projects');
    expect(existsSync(projects) ? readdirSync(projects) : []).toEqual([]);
    expect((await wb.getSession({})).project).toBeNull();
  });

  it('previews an import without writing anything', async () => {
    const wb = workbench();
    const preview = await wb.previewImport({ file: file('a.txt', '林西县。\n\n脱贫攻坚。\n') });
    expect(preview.paragraphs.map((p) => p.text)).toEqual(['林西县。', '脱贫攻坚。']);
    expect(readdirSync(workspace)).toEqual([]);
  });

  it('refuses a project another workbench holds and keeps the current project open', async () => {
    const owner = workbench();
    const sample = await owner.openSample({});
    const other = workbench();
    const own = await other.createProject({ file: file('a.txt', '林西县。\n') });
    await expect(other.openProject({ path: sample.path })).rejects.toEqual(code('host:errors.projectLocked'));
    expect((await other.getSession({})).project?.path).toBe(own.path);
    await owner.close();
    expect((await other.openProject({ path: sample.path })).path).toBe(sample.path);
  });

  it('records history through saveTarget with one revision per typing burst', async () => {
    const wb = workbench();
    const info = await wb.createProject({ file: file('a.txt', '林西县。\n') });
    const [block] = await wb.listBlocks({ documentId: info.documents[0]!.id });
    for (const text of ['L', 'Li', 'Linxi']) {
      clock += 2000;
      await wb.saveTarget({ blockId: block!.id, target: text, status: 'draft' });
    }
    clock += 2000;
    await wb.saveTarget({ blockId: block!.id, target: 'Linxi', status: 'confirmed' });
    const history = await wb.getHistory({ blockId: block!.id });
    expect(history.map((r) => [r.target, r.status])).toEqual([
      ['Linxi', 'confirmed'],
      ['Linxi', 'draft'],
    ]);
  });
});
