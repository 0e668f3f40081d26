import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh per-launch API token: 24 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * True when the request carries `Authorization: Bearer <token>`. Compares SHA-256 digests with
 * timingSafeEqual, so neither the content nor the length of the token leaks through timing.
 */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer (.+)$/u.exec(header);
  if (!match?.[1]) return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * DNS-rebinding guard: the Host header must name the loopback server itself
 * (`127.0.0.1:<port>` or `localhost:<port>`), and an Origin, when sent, must be one of those too.
 */
export function isLocalRequest(req: IncomingMessage, port: number): boolean {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = (req.headers.host ?? '').toLowerCase();
  if (!allowed.has(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...allowed].some((h) => origin.toLowerCase() === `http://${h}`);
}

/**
 * True when the request carries more than one Host header. Node keeps only the first in
 * `req.headers.host`, so a proxy or client that adds a second one (`Host: 127.0.0.1:<port>` then
 * `Host: evil.example`) would otherwise pass {@link isLocalRequest} on the first while a
 * downstream reader trusts the second: such requests are refused with 400 instead.
 */
export function hasDuplicateHost(req: IncomingMessage): boolean {
  let seen = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i]?.toLowerCase() === 'host' && ++seen > 1) return true;
  }
  return false;
}
