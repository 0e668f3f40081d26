import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { contentTypeFor } from '../host/content-types.ts';
import { SECURITY_HEADERS } from './http-util.ts';

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/**
 * Serves GET/HEAD for files under `uiRoot` (an absolute, real path): `/` is index.html, unknown
 * types are application/octet-stream. Paths that decode to anything outside the root (`..`,
 * encoded slashes, symlinks pointing out, NUL bytes) get 404 without touching other files.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, uiRoot: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method Not Allowed');
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return plain(res, 400, 'Bad Request');
  }
  if (pathname.includes('\0')) return plain(res, 400, 'Bad Request');
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/u, '');
  const candidate = resolve(uiRoot, relative);
  if (!candidate.startsWith(uiRoot + sep)) return plain(res, 404, 'Not Found');
  let file: string;
  try {
    file = await realpath(candidate);
    if (!file.startsWith(uiRoot + sep) || !(await stat(file)).isFile()) return plain(res, 404, 'Not Found');
  } catch {
    return plain(res, 404, 'Not Found');
  }
  const type = contentTypeFor(file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
