import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { tempDir } from '../host/testing/fixtures.ts';
import type { WorkbenchApi } from '../shared/api.ts';
import type { Logger } from '../shared/logger.ts';
import { startServer, type RunningServer } from './server.ts';

let temp: { dir: string; cleanup: () => void };
let ui = '';
let running: RunningServer | null = null;
let blocker: Server | null = null;
beforeEach(() => {
  temp = tempDir();
  ui = join(temp.dir, 'ui');
  mkdirSync(ui);
  writeFileSync(join(ui, 'index.html'), '<!doctype html>');
});
afterEach(async () => {
  await running?.close();
  running = null;
  await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
  blocker = null;
  temp.cleanup();
});

const recorder = (): Logger & { lines: [string, string, Record<string, unknown>][] } => {
  const lines: [string, string, Record<string, unknown>][] = [];
  const at = (level: string) => (event: string, fields: Record<string, unknown> = {}) => void lines.push([level, event, fields]);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
};

async function takenPort(): Promise<number> {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
  return (blocker.address() as { port: number }).port;
}

describe('web host faults', () => {
  it('answers a port in use with host:errors.portInUse naming the port', async () => {
    const port = await takenPort();
    await expect(startServer({ workbench: {} as WorkbenchApi, uiDir: ui, port })).rejects.toMatchObject({ code: 'host:errors.portInUse', details: { port } });
  });

  it('picks a free port for port 0, puts it in the URL and logs it (never the token)', async () => {
    const logger = recorder();
    running = await startServer({ workbench: {} as WorkbenchApi, uiDir: ui, port: 0, logger });
    const port = Number(new URL(running.url).port);
    expect(port).toBeGreaterThan(0);
    expect(logger.lines).toContainEqual(['info', 'server.listening', { port }]);
    expect(JSON.stringify(logger.lines)).not.toContain(running.token);
  });

  it('logs an unexpected handler exception with its stack and tells the client what failed', async () => {
    const logger = recorder();
    const workbench = { getStats: vi.fn(async () => Promise.reject(new RangeError('stats exploded'))) } as unknown as WorkbenchApi;
    running = await startServer({ workbench, uiDir: ui, port: 0, logger });
    const res = await fetch(new URL('/api/getStats', running.url), { method: 'POST', headers: { Authorization: `Bearer ${running.token}` }, body: '{}' });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'common:errors.internal', details: { message: 'stats exploded' } } });
    const logged = logger.lines.find(([level]) => level === 'error');
    expect(logged?.[1]).toBe('api.unexpected');
    expect(logged?.[2]).toMatchObject({ method: 'getStats' });
    expect(String((logged?.[2].error as Error).stack)).toContain('stats exploded');
  });

  it('logs an exception thrown outside the dispatch (while answering) instead of swallowing it', async () => {
    const logger = recorder();
    // A value whose serialisation throws: the failure happens in the transport, after dispatch.
    const workbench = { getStats: async () => ({ toJSON: () => { throw new Error('cannot serialise'); } }) } as unknown as WorkbenchApi;
    running = await startServer({ workbench, uiDir: ui, port: 0, logger });
    const res = await fetch(new URL('/api/getStats', running.url), { method: 'POST', headers: { Authorization: `Bearer ${running.token}` }, body: '{}' });
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'common:errors.internal', details: { message: 'cannot serialise' } } });
    expect(logger.lines.find(([level]) => level === 'error')).toMatchObject(['error', 'server.unexpected', { method: 'POST', url: '/api/getStats', error: expect.any(Error) }]);
  });
});
