import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { ProjectStore } from './project-store.ts';
import { errorCode } from '../../core/model/testing/model-fixtures.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { SegmentDraft } from '../../core/segments/index.ts';

let cleanup = (): void => {};
let store: ProjectStore;
const T0 = Date.parse('2026-03-01T08:00:00.000Z');
const TEXT = '林西县推进脱贫攻坚。成效显著！群众满意。';

beforeEach(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  store = ProjectStore.create(join(temp.dir, 'p.duizhao'), { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, T0);
});
afterEach(() => {
  store.close();
  cleanup();
});

const drafts = (b: BlockDto): SegmentDraft[] => b.segments.map(({ id, start, end, target, status, origin }) => ({ id, start, end, target, status, origin }));
function firstBlock(): BlockDto {
  const documentId = store.addDocument({ title: 'd', sourceFileName: 'd.txt', result: imported(p(TEXT)) }, T0);
  return store.listBlocks(documentId)[0]!;
}

describe('segments in the project store', () => {
  it('imports a block as its sentences, all new', () => {
    const block = firstBlock();
    expect(block.segments.map((s) => TEXT.slice(s.start, s.end))).toEqual(['林西县推进脱贫攻坚。', '成效显著！', '群众满意。']);
    expect(block.segments.every((s) => s.status === 'new' && s.target === '')).toBe(true);
  });

  it('saves segments atomically: joined English, derived status, revisions, block revision', () => {
    const block = firstBlock();
    const list = drafts(block);
    list[0] = { ...list[0]!, target: 'Linxi pushes on.', status: 'confirmed' };
    list[2] = { ...list[2]!, target: 'People are happy.', status: 'draft' };
    const saved = store.saveSegments(block.id, list, T0, block.revision);
    expect(saved.target).toBe('Linxi pushes on. People are happy.');
    expect(saved.status).toBe('draft');
    expect(saved.revision).toBe(block.revision + 1);
    expect(saved.segments.map((s) => s.revision)).toEqual([1, 0, 1]);
    expect(store.segmentHistory(saved.segments[0]!.id)).toEqual([{ target: 'Linxi pushes on.', status: 'confirmed', origin: 'typed', createdAt: new Date(T0).toISOString() }]);
    expect(store.history(block.id)[0]!.target).toBe('Linxi pushes on. People are happy.');
    // Every segment confirmed: the paragraph is confirmed.
    const all = drafts(saved).map((s) => ({ ...s, status: 'confirmed' as const }));
    expect(store.saveSegments(block.id, all, T0 + 1, saved.revision).status).toBe('confirmed');
  });

  it('refuses a stale base revision and leaves the block untouched', () => {
    const block = firstBlock();
    const list = drafts(block).map((s, i) => (i === 0 ? { ...s, target: 'One.', status: 'draft' as const } : s));
    store.saveSegments(block.id, list, T0, block.revision);
    const stale = drafts(block).map((s, i) => (i === 0 ? { ...s, target: 'Other.', status: 'draft' as const } : s));
    expect(errorCode(() => store.saveSegments(block.id, stale, T0, block.revision))).toBe('segments:errors.conflict');
    expect(store.block(block.id).target).toBe('One.');
  });

  it('refuses segments that do not tile the Chinese or belong to another block', () => {
    const block = firstBlock();
    const gap = drafts(block).slice(1);
    expect(errorCode(() => store.saveSegments(block.id, gap, T0))).toBe('segments:errors.badSegments');
    const foreign = drafts(block).map((s, i) => (i === 0 ? { ...s, id: 999 } : s));
    expect(errorCode(() => store.saveSegments(block.id, foreign, T0))).toBe('segments:errors.notFound');
  });

  it('spreads a paragraph-level saveTarget onto the segment that changed', () => {
    const block = firstBlock();
    const list = drafts(block).map((s, i) => ({ ...s, target: ['One.', 'Two.', 'Three.'][i]!, status: 'confirmed' as const }));
    const saved = store.saveSegments(block.id, list, T0);
    const after = store.saveTarget(block.id, 'One. Two, really. Three.', 'draft', T0 + 1);
    expect(after.segments.map((s) => [s.target, s.status])).toEqual([
      ['One.', 'draft'],
      ['Two, really.', 'draft'],
      ['Three.', 'draft'],
    ]);
    expect(after.segments.map((s) => s.id)).toEqual(saved.segments.map((s) => s.id));
    expect(after.target).toBe('One. Two, really. Three.');
    const confirmed = store.saveTarget(block.id, after.target, 'confirmed', T0 + 2);
    expect(confirmed.segments.every((s) => s.status === 'confirmed')).toBe(true);
  });

  it('remembers the view mode', () => {
    store.setViewMode('paragraph');
    expect(store.meta().viewMode).toBe('paragraph');
  });
});
