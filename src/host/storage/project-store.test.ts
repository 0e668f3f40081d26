import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { ProjectStore, REVISION_COALESCE_MS } from './project-store.ts';
import { LATEST_VERSION } from './migrations/index.ts';
import { splitSentences } from '../../core/text/sentences.ts';

let dir = '';
let cleanup = (): void => {};
let store: ProjectStore;
const T0 = Date.parse('2026-03-01T08:00:00.000Z');

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  store = ProjectStore.create(join(dir, 'p.duizhao'), { name: '林西', sourceLang: 'zh-CN', targetLang: 'en' }, T0);
});
afterEach(() => {
  store.close();
  cleanup();
});

function addDoc(...texts: string[]): number {
  return store.addDocument({ title: 'doc', sourceFileName: 'doc.txt', result: imported(...texts.map((t) => p(t))) }, T0);
}

describe('ProjectStore', () => {
  it('stores meta, documents and blocks in order', () => {
    const documentId = addDoc('林西县', '脱贫攻坚');
    expect(store.meta()).toEqual({ name: '林西', sourceLang: 'zh-CN', targetLang: 'en', schemaVersion: LATEST_VERSION, createdAt: new Date(T0).toISOString() });
    expect(store.documents()).toEqual([{ id: documentId, title: 'doc', blockCount: 2 }]);
    const blocks = store.listBlocks(documentId);
    expect(blocks.map((b) => [b.index, b.source, b.target, b.status])).toEqual([
      [0, '林西县', '', 'new'],
      [1, '脱贫攻坚', '', 'new'],
    ]);
  });

  it('stores the source sentences of each block at import and returns them with the block', () => {
    const text = '林西县推进脱贫攻坚。成效显著！';
    const [block] = store.listBlocks(addDoc(text));
    expect(block!.sentences).toEqual(splitSentences(text, 'zh'));
    expect(block!.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['林西县推进脱贫攻坚。', '成效显著！']);
    expect(JSON.parse(String(store.db.prepare('SELECT source_sentences AS s FROM blocks').get()!.s))).toEqual([[0, 10], [10, 15]]);
    expect(store.saveTarget(block!.id, 'Linxi.', 'draft', T0).sentences).toEqual(block!.sentences);
  });

  it('refuses unknown blocks and documents', () => {
    expect(() => store.listBlocks(42)).toThrow(expect.objectContaining({ code: 'host:errors.documentNotFound' }));
    expect(() => store.saveTarget(42, 'x', 'draft', T0)).toThrow(expect.objectContaining({ code: 'host:errors.blockNotFound' }));
    expect(() => store.history(42)).toThrow(expect.objectContaining({ code: 'host:errors.blockNotFound' }));
  });

  it('coalesces typing into one revision per minute and records every status change', () => {
    const [block] = store.listBlocks(addDoc('林西县'));
    const id = block!.id;
    store.saveTarget(id, 'L', 'draft', T0);
    store.saveTarget(id, 'Li', 'draft', T0 + 1_000);
    store.saveTarget(id, 'Linxi', 'draft', T0 + 30_000);
    expect(store.history(id).map((r) => r.target)).toEqual(['Linxi']);

    store.saveTarget(id, 'Linxi County', 'draft', T0 + REVISION_COALESCE_MS + 1);
    store.saveTarget(id, 'Linxi County', 'confirmed', T0 + REVISION_COALESCE_MS + 2);
    store.saveTarget(id, 'Linxi County', 'confirmed', T0 + REVISION_COALESCE_MS + 3); // no change, no row
    const history = store.history(id);
    expect(history.map((r) => [r.target, r.status])).toEqual([
      ['Linxi County', 'confirmed'],
      ['Linxi County', 'draft'],
      ['Linxi', 'draft'],
    ]);
    expect(history[0]!.createdAt).toBe(new Date(T0 + REVISION_COALESCE_MS + 2).toISOString());
    const saved = store.listBlocks(block!.documentId)[0]!;
    expect(saved).toMatchObject({ target: 'Linxi County', status: 'confirmed', updatedAt: new Date(T0 + REVISION_COALESCE_MS + 2).toISOString() });
  });

  it('counts code points and whitespace-separated words', () => {
    const documentId = addDoc('𠮷野家', '林西县', '脱贫');
    const [a, b] = store.listBlocks(documentId);
    store.saveTarget(a!.id, ' Yoshinoya  beef\tbowl ', 'confirmed', T0);
    store.saveTarget(b!.id, 'Linxi', 'draft', T0);
    expect(store.stats()).toEqual({
      blocks: { total: 3, confirmed: 1, draft: 1, new: 1 },
      sourceChars: { total: 8, confirmed: 3 },
      targetWords: 4,
    });
  });

  it('reports a full disk, rolls the write back and works again once space is available', () => {
    const [block] = store.listBlocks(addDoc('林西县'));
    store.saveTarget(block!.id, 'before', 'draft', T0);
    const { page_count: pages } = store.db.prepare('PRAGMA page_count').get() as { page_count: number };
    store.db.exec(`PRAGMA max_page_count = ${pages}`);
    expect(() => store.saveTarget(block!.id, 'x'.repeat(200_000), 'confirmed', T0 + 1)).toThrow(
      expect.objectContaining({ code: 'host:errors.diskFull' }),
    );
    expect(store.db.isTransaction).toBe(false);
    expect(store.listBlocks(block!.documentId)[0]).toMatchObject({ target: 'before', status: 'draft' });
    expect(store.history(block!.id)).toHaveLength(1);
    store.db.exec('PRAGMA max_page_count = 1000000');
    expect(store.saveTarget(block!.id, 'x'.repeat(200_000), 'confirmed', T0 + 2).status).toBe('confirmed');
  });
});
