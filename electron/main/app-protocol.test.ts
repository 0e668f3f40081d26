import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../src/host/testing/fixtures.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from './ui-files.ts';

// The handler runs under plain Node here, which is exactly where the old `fetch(file:)` failed.
let temp: { dir: string; cleanup: () => void };
let handle: ReturnType<typeof createAppProtocolHandler>;
const FONT = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 1, 2, 255]);

beforeAll(() => {
  temp = tempDir();
  const ui = join(temp.dir, 'ui');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>对照</title>');
  writeFileSync(join(ui, 'assets', 'index-abc.js'), 'console.log("对照")');
  writeFileSync(join(ui, 'assets', 'noto.woff2'), FONT);
  writeFileSync(join(temp.dir, 'secret.txt'), 'TOP SECRET');
  symlinkSync(join(temp.dir, 'secret.txt'), join(ui, 'assets', 'link.txt'));
  handle = createAppProtocolHandler(ui);
});
afterAll(() => temp.cleanup());

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html for / and by name, as UTF-8 HTML with the CSP', async () => {
    for (const url of ['app://duizhao/', 'app://duizhao/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('对照');
    }
  });
  it('serves a JS asset as JavaScript', async () => {
    const res = await get('app://duizhao/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log("对照")');
  });
  it('serves a font byte for byte with a font type', async () => {
    const res = await get('app://duizhao/assets/noto.woff2');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(FONT);
  });
  it('answers HEAD without a body', async () => {
    const res = await get('app://duizhao/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('');
  });
  it('answers 404 for a missing file and for a folder', async () => {
    for (const url of ['app://duizhao/missing.js', 'app://duizhao/assets', 'app://duizhao/assets/']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });
  it('never serves anything outside the UI folder (traversal, encoded slashes, symlinks, other hosts)', async () => {
    const urls = [
      'app://duizhao/../secret.txt',
      'app://duizhao/%2e%2e/secret.txt',
      'app://duizhao/..%2fsecret.txt',
      'app://duizhao/assets/..%2F..%2Fsecret.txt',
      'app://duizhao/assets/%2e%2e%5c..%5csecret.txt',
      'app://duizhao/assets/link.txt',
      'app://duizhao/assets%00/index-abc.js',
      'app://other/index.html',
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('TOP SECRET');
    }
  });
  it('refuses verbs other than GET and HEAD', async () => {
    expect((await get('app://duizhao/index.html', 'POST')).status).toBe(405);
  });
  it('answers 404 when the UI folder does not exist yet', async () => {
    const res = await createAppProtocolHandler(join(temp.dir, 'not-built'))(new Request('app://duizhao/index.html'));
    expect(res.status).toBe(404);
  });
});
