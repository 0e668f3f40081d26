import { describe, expect, it, vi } from 'vitest';
import { createIpcRoutes, ownMainFrame } from './ipc.ts';
import type { WorkbenchApi } from '../../src/shared/api.ts';
import { AppError } from '../../src/core/model/index.ts';
import { readFileSync } from 'node:fs';
import type { Logger } from '../../src/shared/logger.ts';

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent }, sender: {} }) as never;

function routes(overrides: Partial<WorkbenchApi> = {}, logger?: Logger) {
  const workbench = { listBlocks: vi.fn(async () => []), ...overrides } as unknown as WorkbenchApi;
  const table = new Map(createIpcRoutes(workbench, ownMainFrame, logger).map((r) => [r.channel, r.handler]));
  return { workbench, call: (channel: string, event: never, input: unknown) => table.get(channel)!(event, input) };
}

/** True when `code` (namespace:dotted.key) names a string in the English locale files. */
function inLocales(code: string): boolean {
  const [ns, key] = code.split(':') as [string, string];
  let node: unknown = JSON.parse(readFileSync(new URL(`../../locales/en/${ns}.json`, import.meta.url), 'utf8'));
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string';
}

describe('IPC routes', () => {
  it('answers a valid call from our own main frame', async () => {
    const { call, workbench } = routes();
    expect(await call('workbench:listBlocks', frame('app://duizhao/index.html'), { documentId: 2 })).toEqual({ ok: true, value: [] });
    expect(workbench.listBlocks).toHaveBeenCalledWith({ documentId: 2 });
  });
  it('refuses other origins and sub-frames without calling the host, with a key that exists', async () => {
    const { call, workbench } = routes();
    for (const event of [frame('https://evil.example/'), frame('app://duizhao/index.html', {}), frame('app://duizhao.evil/')]) {
      const reply = await call('workbench:listBlocks', event, { documentId: 2 });
      expect(reply).toEqual({ ok: false, error: { code: 'host:errors.untrustedSender', details: {} } });
      if (!reply.ok) expect(inLocales(reply.error.code)).toBe(true);
    }
    expect(workbench.listBlocks).not.toHaveBeenCalled();
  });
  it('rejects payloads that do not match the contract with the same key as the HTTP transport', async () => {
    const { call, workbench } = routes();
    const bad = await call('workbench:listBlocks', frame('app://duizhao/'), { documentId: 'x', extra: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'host:errors.badRequest', details: { method: 'listBlocks' } } });
    if (!bad.ok) {
      expect(inLocales(bad.error.code)).toBe(true);
      expect(bad.error.details.message).toMatch(/documentId/u);
    }
    expect(workbench.listBlocks).not.toHaveBeenCalled();
  });
  it('turns host errors into envelopes with their i18n code', async () => {
    const { call } = routes({ listBlocks: async () => Promise.reject(new AppError('host:errors.noProject')) });
    expect(await call('workbench:listBlocks', frame('app://duizhao/'), { documentId: 1 })).toEqual({
      ok: false,
      error: { code: 'host:errors.noProject', details: {} },
    });
  });
  it('logs an unexpected exception with its stack and answers common:errors.internal', async () => {
    const error = vi.fn();
    const logger: Logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error };
    const { call } = routes({ listBlocks: async () => Promise.reject(new TypeError('boom')) }, logger);
    expect(await call('workbench:listBlocks', frame('app://duizhao/'), { documentId: 1 })).toEqual({ ok: false, error: { code: 'common:errors.internal', details: { message: 'boom' } } });
    expect(error).toHaveBeenCalledWith('api.unexpected', expect.objectContaining({ method: 'listBlocks', error: expect.any(TypeError) }));
  });
});
