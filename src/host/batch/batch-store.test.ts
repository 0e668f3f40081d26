import { nullLogger } from '../../shared/logger.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { writeNewProject } from '../project-file.ts';
import { ProjectStore } from '../storage/project-store.ts';
import type { HostContext } from '../context.ts';
import { batchMethods } from './batch-methods.ts';

let store: ProjectStore;
let cleanup = (): void => {};
let clock = Date.parse('2026-03-01T08:00:00.000Z');
const changes: [number, string, string][] = [];

function api() {
  const ctx: HostContext = { project: () => store, now: () => clock, workspaceDir: '', logger: nullLogger };
  return batchMethods(ctx, (blockId, before, after) => changes.push([blockId, before, after]));
}

/** A project with three blocks translated as given (status draft). */
function project(...targets: string[]): number[] {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'p.duizhao');
  writeNewProject(path, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [
    { title: 'd', sourceFileName: 'd.txt', result: imported(...targets.map((_, i) => p(`第${i}段`))) },
  ], clock);
  store = ProjectStore.open(path);
  const blocks = store.listBlocks(store.documents()[0]!.id);
  blocks.forEach((b, i) => store.saveTarget(b.id, targets[i]!, 'draft', clock));
  return blocks.map((b) => b.id);
}

const code = (expected: string) => expect.objectContaining({ code: expected });
const targetOf = (id: number) => store.listBlocks(store.documents()[0]!.id).find((b) => b.id === id)!;

beforeEach(() => {
  changes.length = 0;
  clock += 3_600_000;
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('saveTargets / undoBatch', () => {
  it('saves every edit in one batch with revisions marked by its id, skipping no-op edits', async () => {
    const [a, b, c] = project('the cat', 'a cat', 'dog');
    clock += 120_000;
    const { batchId, blocks } = await api().saveTargets({
      edits: [
        { blockId: a!, target: 'the lion', status: 'draft' },
        { blockId: b!, target: 'a lion', status: 'draft' },
        { blockId: c!, target: 'dog', status: 'draft' },
      ],
      label: 'cat → lion',
    });
    expect(blocks.map((x) => x.target)).toEqual(['the lion', 'a lion']);
    expect(targetOf(a!).target).toBe('the lion');
    const marked = store.db.prepare('SELECT block_id FROM revisions WHERE batch_id = ? ORDER BY block_id').all(batchId);
    expect(marked).toEqual([{ block_id: a }, { block_id: b }]);
    // History keeps the earlier text under the new one: a batch never coalesces with typing.
    expect(store.history(a!).map((r) => r.target)).toEqual(['the lion', 'the cat']);
    expect(changes).toEqual([
      [a, 'the cat', 'the lion'],
      [b, 'a cat', 'a lion'],
    ]);
  });

  it('undoes the whole batch as one step, except blocks edited since, which it reports', async () => {
    const [a, b] = project('the cat', 'a cat');
    await store.saveTarget(a!, 'the cat', 'confirmed', clock);
    const { batchId } = await api().saveTargets({
      edits: [
        { blockId: a!, target: 'the lion', status: 'draft' },
        { blockId: b!, target: 'a lion', status: 'draft' },
      ],
      label: 'cat → lion',
    });
    clock += 1000;
    store.saveTarget(b!, 'a lion roars', 'draft', clock);
    changes.length = 0;
    const undone = await api().undoBatch({ batchId });
    expect(undone.skipped).toEqual([b]);
    expect(undone.blocks).toEqual([expect.objectContaining({ id: a, target: 'the cat', status: 'confirmed' })]);
    expect(targetOf(b!).target).toBe('a lion roars');
    expect(changes).toEqual([[a, 'the lion', 'the cat']]);
    expect(store.history(a!)[0]).toMatchObject({ target: 'the cat', status: 'confirmed' });
    await expect(api().undoBatch({ batchId })).rejects.toEqual(code('history:errors.batchUndone'));
    await expect(api().undoBatch({ batchId: 'nope' })).rejects.toEqual(code('history:errors.batchNotFound'));
  });

  it('writes nothing when one edit names an unknown block', async () => {
    const [a] = project('the cat');
    await expect(
      api().saveTargets({
        edits: [
          { blockId: a!, target: 'the lion', status: 'draft' },
          { blockId: 999_999, target: 'x', status: 'draft' },
        ],
        label: 'bad',
      }),
    ).rejects.toEqual(code('host:errors.blockNotFound'));
    expect(targetOf(a!).target).toBe('the cat');
    expect(store.db.prepare('SELECT count(*) AS n FROM batches').get()).toEqual({ n: 0 });
  });

  it('rolls the batch back when the re-anchoring hook fails', async () => {
    const [a] = project('the cat');
    const ctx: HostContext = { project: () => store, now: () => clock, workspaceDir: '', logger: nullLogger };
    const failing = batchMethods(ctx, () => {
      throw new Error('anchor failure');
    });
    await expect(failing.saveTargets({ edits: [{ blockId: a!, target: 'x', status: 'draft' }], label: 'l' })).rejects.toThrow('anchor failure');
    expect(targetOf(a!).target).toBe('the cat');
  });
});
