import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LIMITS } from '../../core/limits/index.ts';
import { workbenchInputs } from '../../shared/api.ts';
import { ProjectStore } from '../storage/project-store.ts';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { importTranslationFile } from './import-translations.ts';

const T0 = Date.UTC(2026, 0, 1);
let temp: { dir: string; cleanup: () => void };
let store: ProjectStore;

beforeEach(() => {
  temp = tempDir();
  store = ProjectStore.create(join(temp.dir, 'p.duizhao'), { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, T0);
  store.addDocument({ title: 'doc', sourceFileName: 'doc.txt', result: imported(p('林西县')) }, T0);
});
afterEach(() => {
  store.close();
  temp.cleanup();
});

/** A TMX with one unit whose English is `english`; comments split it so no single text run is long. */
function tmx(english: string): Uint8Array {
  const pieces = english.match(/[\s\S]{1,500000}/gu) ?? [];
  return new TextEncoder().encode(
    '<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>林西县</seg></tuv>' +
      `<tuv xml:lang="en"><seg>${pieces.join('<!-- -->')}</seg></tuv></tu></body></tmx>`,
  );
}

describe('translations import and the save API share one target limit (issue 20, item 6)', () => {
  it('refuses an English longer than the save API accepts, writing nothing', () => {
    const tooLong = 'a'.repeat(2_100_000);
    expect(() => importTranslationFile(store, 'long.tmx', tmx(tooLong), T0)).toThrow(expect.objectContaining({ code: 'limits:errors.targetChars' }));
    expect(store.listBlocks(store.documents()[0]!.id)[0]!.target).toBe('');
  });
  it('imports an English of exactly the limit, which saveTarget then still accepts', () => {
    const longest = 'a'.repeat(LIMITS.targetChars);
    expect(importTranslationFile(store, 'max.tmx', tmx(longest), T0).updated).toBe(1);
    const block = store.listBlocks(store.documents()[0]!.id)[0]!;
    expect(block.target).toHaveLength(LIMITS.targetChars);
    expect(workbenchInputs.saveTarget.safeParse({ blockId: block.id, target: block.target, status: 'draft' }).success).toBe(true);
    expect(workbenchInputs.saveTarget.safeParse({ blockId: block.id, target: `${block.target}a`, status: 'draft' }).success).toBe(false);
  });
});
