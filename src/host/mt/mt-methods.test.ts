import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AppError } from '../../core/model/index.ts';
import { writeNewProject } from '../project-file.ts';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { createWorkbench, type Workbench } from '../workbench.ts';
import type { MtKeyVault } from './keys.ts';
import { startFakeProvider, type FakeProvider } from './testing/fake-provider.ts';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
const KEY = 'sk-methods-abcdef123456';

let dir = '';
let cleanup = (): void => {};
let fake: FakeProvider;
let workbench: Workbench | undefined;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  writeNewProject(join(dir, 'p.duizhao'), { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'd', sourceFileName: 'd.txt', result: imported(p('林西县'), p('驻村工作队')) }], T0);
  fake = await startFakeProvider('openai-compatible', KEY);
});
afterEach(async () => {
  await workbench?.close();
  await fake.close();
  cleanup();
});

function memoryVault(): MtKeyVault & { slots: Map<string, string> } {
  const slots = new Map<string, string>();
  return { slots, get: (s) => slots.get(s), has: (s) => slots.has(s), set: (s, k) => void (k ? slots.set(s, k) : slots.delete(s)) };
}

const settings = (apiKeyEnv: string) => ({ provider: 'openai-compatible' as const, baseUrl: fake.baseUrl, model: 'm', apiKeyEnv, styleNotes: '', concurrency: 2 });

describe('MT through the workbench contract', () => {
  it('web host: settings name the key variable, pretranslate fills the rows, setMtKey is refused', async () => {
    workbench = createWorkbench({ workspaceDir: join(dir, 'ws'), env: { MT_KEY: KEY } });
    await workbench.openProject({ path: join(dir, 'p.duizhao') });
    expect(await workbench.getMtSettings({})).toBeNull();
    const saved = await workbench.saveMtSettings({ settings: settings('MT_KEY') });
    expect(saved).toMatchObject({ apiKeyEnv: 'MT_KEY', keyStored: false, secureStorage: false });
    await expect(workbench.setMtKey({ key: KEY })).rejects.toMatchObject({ code: 'mt:errors.noSecureStorage' });
    const report = await workbench.pretranslate({});
    expect(report).toMatchObject({ translated: 2, skipped: 0, failed: 0 });
    const blocks = await workbench.listBlocks({ documentId: 1 });
    expect(blocks.map((b) => b.status)).toEqual(['draft', 'draft']);
    expect(await workbench.listMtDrafts({ documentId: 1 })).toEqual(blocks.map((b) => ({ blockId: b.id, provider: 'openai-compatible', model: 'm', target: b.target })));
    await workbench.saveTarget({ blockId: blocks[0]!.id, target: 'Edited by hand', status: 'draft' });
    expect((await workbench.listMtDrafts({ documentId: 1 })).map((d) => d.blockId)).toEqual([blocks[1]!.id]);
    expect(JSON.stringify(await workbench.getMtSettings({}))).not.toContain(KEY);
  });

  it('desktop: a key set through the contract goes to the vault, is used, and never comes back', async () => {
    const vault = memoryVault();
    workbench = createWorkbench({ workspaceDir: join(dir, 'ws'), mtKeys: vault, env: {} });
    await workbench.openProject({ path: join(dir, 'p.duizhao') });
    await expect(workbench.setMtKey({ key: KEY })).rejects.toBeInstanceOf(AppError); // no settings yet
    await workbench.saveMtSettings({ settings: settings('') });
    expect(await workbench.setMtKey({ key: ` ${KEY} ` })).toEqual({ keyStored: true });
    expect([...vault.slots]).toEqual([[`openai-compatible@${fake.baseUrl.slice(7, -3)}`, KEY]]);
    expect(await workbench.getMtSettings({})).toMatchObject({ keyStored: true, secureStorage: true });
    const report = await workbench.pretranslate({ blockIds: [1] });
    expect(report).toMatchObject({ translated: 1, skipped: 0 });
    expect(fake.translations()[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });
});
