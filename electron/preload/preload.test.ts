import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkbenchApi } from '../../src/shared/api.ts';

// Electron is replaced by spies: importing the real module outside Electron would try to download it.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: 'result' }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke },
}));

// Every contract method, written out: adding a method to WorkbenchApi without listing it here fails to compile.
const CONTRACT: Record<keyof WorkbenchApi, true> = {
  getSession: true,
  openSample: true,
  openProject: true,
  previewImport: true,
  createProject: true,
  getImportProgress: true,
  cancelImport: true,
  listBlocks: true,
  saveTarget: true,
  saveTargets: true,
  undoBatch: true,
  getHistory: true,
  getStats: true,
  listGlossary: true,
  saveGlossaryEntry: true,
  deleteGlossaryEntry: true,
  importGlossary: true,
  exportGlossary: true,
  listAnnotations: true,
  saveAnnotation: true,
  deleteAnnotation: true,
  saveLink: true,
  deleteLink: true,
  saveComment: true,
  deleteComment: true,
  saveTagSet: true,
  importAnnotations: true,
  exportProject: true,
  importTranslations: true,
  listQaIgnores: true,
  setQaIgnore: true,
  getMtSettings: true,
  saveMtSettings: true,
  setMtKey: true,
  pretranslate: true,
  listMtDrafts: true,
  tmLookup: true,
  tmConcordance: true,
  listTms: true,
  attachTm: true,
  detachTm: true,
  importTm: true,
  getTmImportProgress: true,
  previewAlignment: true,
  createAlignedProject: true,
};

describe('preload', () => {
  beforeEach(() => invoke.mockClear());

  it('exposes exactly the contract methods as window.duizhao, and nothing else', async () => {
    await import('./preload.ts');
    expect(Object.keys(exposed)).toEqual(['duizhao']);
    const bridge = exposed.duizhao as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(CONTRACT).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each call on its own workbench: channel', async () => {
    await import('./preload.ts');
    const bridge = exposed.duizhao as Record<string, (input: unknown) => Promise<unknown>>;
    await bridge.listBlocks!({ documentId: 1 });
    expect(invoke).toHaveBeenCalledWith('workbench:listBlocks', { documentId: 1 });
  });
});
