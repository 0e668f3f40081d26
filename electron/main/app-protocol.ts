import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeFor } from '../../src/host/content-types.ts';
import { CONTENT_SECURITY_POLICY, resolveUiFile } from './ui-files.ts';

/** The handler `protocol.handle('app', …)` gets: a fetch-style request in, a response out. */
export type AppProtocolHandler = (request: Request) => Promise<Response>;

const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves the built UI under `app://duizhao/` straight from disk with `fs` (Node's global `fetch`
 * does not implement `file:` URLs, so fetching the file would leave the window blank). `uiDir`
 * must exist. GET and HEAD only; `/` is index.html; anything that resolves outside `uiDir` (`..`,
 * encoded slashes, symlinks pointing out, other hosts) is 404, as is a missing file or a folder.
 * Every response carries the desktop CSP and `nosniff`.
 */
export function createAppProtocolHandler(uiDir: string): AppProtocolHandler {
  let root: Promise<string> | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const candidate = resolveUiFile(uiDir, request.url);
    if (!candidate) return plain(404, 'Not Found');
    let file: string;
    try {
      root ??= realpath(uiDir);
      const realRoot = await root;
      file = await realpath(candidate);
      if (!file.startsWith(realRoot + path.sep) || !(await stat(file)).isFile()) return plain(404, 'Not Found');
    } catch {
      root = null; // the folder may appear later (a rebuild); do not cache the failure
      return plain(404, 'Not Found');
    }
    const type = contentTypeFor(file);
    const headers = { ...BASE_HEADERS, 'Content-Type': type, 'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600' };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    try {
      return new Response(new Uint8Array(await readFile(file)), { status: 200, headers });
    } catch {
      return plain(404, 'Not Found');
    }
  };
}
