import { describe, expect, it, vi } from 'vitest';
import { createIpcRoutes, ownMainFrame } from './ipc.ts';
import type { WorkbenchApi } from '../../src/shared/api.ts';
import { AppError } from '../../src/core/model/index.ts';

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent }, sender: {} }) as never;

function routes(overrides: Partial<WorkbenchApi> = {}) {
  const workbench = { listBlocks: vi.fn(async () => []), ...overrides } as unknown as WorkbenchApi;
  const table = new Map(createIpcRoutes(workbench, ownMainFrame).map((r) => [r.channel, r.handler]));
  return { workbench, call: (channel: string, event: never, input: unknown) => table.get(channel)!(event, input) };
}

describe('IPC routes', () => {
  it('answers a valid call from our own main frame', async () => {
    const { call, workbench } = routes();
    expect(await call('workbench:listBlocks', frame('app://duizhao/index.html'), { documentId: 2 })).toEqual({ ok: true, value: [] });
    expect(workbench.listBlocks).toHaveBeenCalledWith({ documentId: 2 });
  });
  it('refuses other origins and sub-frames without calling the host', async () => {
    const { call, workbench } = routes();
    expect((await call('workbench:listBlocks', frame('https://evil.example/'), { documentId: 2 })).ok).toBe(false);
    expect((await call('workbench:listBlocks', frame('app://duizhao/index.html', {}), { documentId: 2 })).ok).toBe(false);
    expect(workbench.listBlocks).not.toHaveBeenCalled();
  });
  it('rejects payloads that do not match the contract', async () => {
    const { call } = routes();
    const bad = await call('workbench:listBlocks', frame('app://duizhao/'), { documentId: 'x', extra: 1 });
    expect(bad).toEqual({ ok: false, error: { code: 'common:errors.badRequest', details: { method: 'listBlocks' } } });
  });
  it('turns host errors into envelopes with their i18n code', async () => {
    const { call } = routes({ listBlocks: async () => Promise.reject(new AppError('host:errors.noProject')) });
    expect(await call('workbench:listBlocks', frame('app://duizhao/'), { documentId: 1 })).toEqual({
      ok: false,
      error: { code: 'host:errors.noProject', details: {} },
    });
  });
});
