import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createWorkbench } from '../host/workbench.ts';
import type { Workbench } from '../host/workbench.ts';
import { tempDir } from '../host/testing/fixtures.ts';
import { startServer } from './server.ts';
import type { RunningServer } from './server.ts';
import type { BlockDto, ProjectInfo, ProjectStats } from '../shared/dto.ts';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const LIMIT = 64 * 1024;

let temp: { dir: string; cleanup: () => void };
let workbench: Workbench;
let server: RunningServer;
let origin = '';

beforeAll(async () => {
  temp = tempDir();
  const ui = join(temp.dir, 'ui');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>对照</title>');
  writeFileSync(join(ui, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(temp.dir, 'secret.txt'), 'TOP SECRET');
  workbench = createWorkbench({ workspaceDir: join(temp.dir, 'workspace') });
  server = await startServer({ workbench, uiDir: ui, port: 0, maxBodyBytes: LIMIT });
  origin = new URL(server.url).origin;
});
afterAll(async () => {
  await server.close();
  await workbench.close();
  temp.cleanup();
});

async function call(method: string, payload: unknown, token = server.token): Promise<{ status: number; body: Reply }> {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { status: res.status, body: await res.json() };
}

/** The parts of an envelope the assertions read (loosely typed on purpose: tests inspect raw JSON). */
type Reply = { ok: boolean; value?: unknown; error?: { code: string; details: Record<string, string | number> } };

/** A raw request, so the path is sent unnormalised and Host can be anything. */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startServer', () => {
  it('listens on 127.0.0.1 with a fresh token in the URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/u);
    expect(server.url.endsWith(server.token)).toBe(true);
  });

  it('requires the bearer token', async () => {
    const res = await fetch(`${origin}/api/getSession`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'host:errors.unauthorized', details: {} } });
    expect((await call('getSession', {}, `${server.token}x`)).status).toBe(401);
    expect((await call('getSession', {})).body).toMatchObject({ ok: true, value: { project: null } });
  });

  it('refuses foreign Host and Origin headers (DNS rebinding)', async () => {
    const port = new URL(origin).port;
    expect((await raw('/', { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await raw('/', { Host: `127.0.0.1:${Number(port) + 1}` })).status).toBe(403);
    expect((await raw('/', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await raw('/', { Host: `127.0.0.1:${port}`, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('validates method names, verbs, JSON, payloads and size', async () => {
    expect((await call('dropDatabase', {})).status).toBe(404);
    expect((await call('__proto__', {})).status).toBe(404);
    const get = await fetch(`${origin}/api/getStats`, { headers: { Authorization: `Bearer ${server.token}` } });
    expect(get.status).toBe(405);
    const badJson = await call('getStats', '{nope');
    expect(badJson).toMatchObject({ status: 400, body: { ok: false, error: { code: 'host:errors.badRequest' } } });
    const badPayload = await call('saveTarget', { blockId: -1, target: 'x', status: 'done' });
    expect(badPayload).toMatchObject({ status: 400, body: { ok: false, error: { code: 'host:errors.badRequest' } } });
    expect(badPayload.body.error?.details.message).toMatch(/blockId/u);
    expect((await call('getStats', { extra: 1 })).status).toBe(400);
    const big = await call('previewImport', { file: { fileName: 'a.txt', dataBase64: 'A'.repeat(LIMIT) } });
    expect(big).toMatchObject({ status: 413, body: { ok: false, error: { code: 'host:errors.tooLarge' } } });
  });

  it('round-trips openSample → listBlocks → saveTarget → getStats', async () => {
    const opened = await call('openSample', {});
    expect(opened.body.ok).toBe(true);
    const documentId = (opened.body.value as ProjectInfo).documents[0]!.id;
    const blocks = await call('listBlocks', { documentId });
    const first = (blocks.body.value as BlockDto[])[0]!;
    expect(first).toMatchObject({ documentId, index: 0, status: 'new', target: '' });
    const saved = await call('saveTarget', { blockId: first.id, target: 'Targeted poverty alleviation', status: 'confirmed' });
    expect(saved.body).toMatchObject({ ok: true, value: { id: first.id, target: 'Targeted poverty alleviation', status: 'confirmed' } });
    const stats = await call('getStats', {});
    expect(stats.body.value).toMatchObject({ blocks: { confirmed: 1 }, targetWords: 3 });
    expect((stats.body.value as ProjectStats).sourceChars.confirmed).toBe([...first.source.replace(/\s+/gu, '')].length);
    const missing = await call('saveTarget', { blockId: 99_999_999, target: 'x', status: 'draft' });
    expect(missing).toEqual({ status: 200, body: { ok: false, error: { code: 'host:errors.blockNotFound', details: { blockId: 99_999_999 } } } });
  });

  it('serves the UI with the security headers and refuses traversal', async () => {
    const index = await fetch(`${origin}/?token=${server.token}`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CSP);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await index.text()).toContain('对照');
    const script = await fetch(`${origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${origin}/missing.js`)).status).toBe(404);
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2F..%2Fsecret.txt', '/assets/%2e%2e%5c..%5csecret.txt', '/assets%00/app.js']) {
      const res = await raw(path);
      expect(res.body, path).not.toContain('TOP SECRET');
      expect(res.status, path).toBeGreaterThanOrEqual(400);
    }
  });
});
