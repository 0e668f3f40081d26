import type { IncomingMessage, ServerResponse } from 'node:http';
import type { I18nKey } from '../core/i18n/keys.ts';
import type { Envelope } from '../shared/api.ts';

/** Headers on every response: a strict CSP for the UI plus no sniffing and no referrers. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Sends an envelope as JSON with the given status; API responses are never cached. */
export function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

/** Sends a transport-level failure (`ok: false`) with an i18n code and optional details. */
export function sendError(res: ServerResponse, status: number, code: I18nKey, details: Record<string, string | number> = {}): void {
  sendEnvelope(res, status, { ok: false, error: { code, details } });
}

/** Thrown by {@link readBody} when the body is larger than allowed. */
export class BodyTooLargeError extends Error {
  constructor() {
    super('request body too large');
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads the whole request body as UTF-8, refusing (before reading, when Content-Length says so,
 * or as soon as the running total passes it) anything over `limit` bytes.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
