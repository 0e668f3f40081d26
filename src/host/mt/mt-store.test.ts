import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeNewProject } from '../project-file.ts';
import { ProjectStore } from '../storage/project-store.ts';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { MtStore } from './mt-store.ts';
import { blockUnits } from './units.ts';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
let cleanup = (): void => {};
let store: ProjectStore;
let mt: MtStore;
let ids: number[];

beforeEach(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'p.duizhao');
  writeNewProject(path, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'd', sourceFileName: 'd.txt', result: imported(p('甲'), p('乙'), p('丙'), p('丁'), p(' ')) }], T0);
  store = ProjectStore.open(path);
  mt = new MtStore(store);
  ids = store.listBlocks(1).map((b) => b.id);
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('MtStore.fillDraft', () => {
  it('writes a draft with a revision and an MT origin into an untouched row only', () => {
    store.saveTarget(ids[1]!, 'Typed', 'draft', T0);
    store.saveTarget(ids[2]!, 'Done', 'confirmed', T0);
    store.saveTarget(ids[3]!, 'x', 'draft', T0);
    store.saveTarget(ids[3]!, '', 'new', T0); // typed and deleted again: edited, not untouched
    const origin = { provider: 'deepl', model: '' };
    expect(ids.map((id) => mt.fillDraft(id, 'MT', origin, T0 + 1))).toEqual([true, false, false, false, true]);
    expect(store.listBlocks(1).map((b) => [b.target, b.status])).toEqual([['MT', 'draft'], ['Typed', 'draft'], ['Done', 'confirmed'], ['', 'new'], ['MT', 'draft']]);
    expect(store.history(ids[0]!)).toMatchObject([{ target: 'MT', status: 'draft' }]);
    expect(mt.mtDrafts().map((o) => o.blockId)).toEqual([ids[0], ids[4]]);
  });

  it('stops listing a row as an MT draft once it is edited or confirmed', () => {
    const origin = { provider: 'openai-compatible', model: 'm' };
    mt.fillDraft(ids[0]!, 'MT one', origin, T0);
    mt.fillDraft(ids[1]!, 'MT two', origin, T0);
    mt.fillDraft(ids[2]!, 'MT three', origin, T0);
    store.saveTarget(ids[0]!, 'MT one, post-edited', 'draft', T0 + 1);
    store.saveTarget(ids[1]!, 'MT two', 'confirmed', T0 + 1);
    expect(mt.mtDrafts().map((o) => o.blockId)).toEqual([ids[2]]);
  });
});

describe('blockUnits', () => {
  it('lists every block with neighbours as context and marks only untouched ones with Chinese eligible', () => {
    store.saveTarget(ids[1]!, 'Typed', 'draft', T0);
    const units = blockUnits(store, mt, { contextBefore: 1, contextAfter: 1 }).units();
    expect(units.map((u) => [u.key, u.eligible, u.before, u.after])).toEqual([
      [`block:${ids[0]}`, true, [], ['乙']],
      [`block:${ids[1]}`, false, ['甲'], ['丙']],
      [`block:${ids[2]}`, true, ['乙'], ['丁']],
      [`block:${ids[3]}`, true, ['丙'], []],
      [`block:${ids[4]}`, false, ['丁'], []],
    ]);
    expect(blockUnits(store, mt, { blockIds: new Set([ids[2]!]) }).units().map((u) => u.blockId)).toEqual([ids[2]]);
  });

  it('round-trips settings and the cache', () => {
    expect(mt.settings()).toBeUndefined();
    const settings = { provider: 'deepl' as const, baseUrl: '', model: '', apiKeyEnv: 'DEEPL_KEY', styleNotes: 's', concurrency: 2 };
    mt.saveSettings(settings, T0);
    mt.saveSettings({ ...settings, concurrency: 5 }, T0);
    expect(mt.settings()).toEqual({ ...settings, concurrency: 5 });
    mt.cache('k', { provider: 'deepl', model: '', source: '甲', target: 'A' }, T0);
    mt.cache('k', { provider: 'deepl', model: '', source: '甲', target: 'B' }, T0);
    expect([mt.cached('k'), mt.cached('other'), mt.cacheSize()]).toEqual(['A', undefined, 1]);
  });
});
