import { AppError } from '../../core/model/index.ts';
import type { MtFailure } from '../../core/mt/index.ts';

/**
 * Removes every occurrence of `secret` from `text` (and cuts it to 300 characters): provider error
 * texts may echo the key ("Incorrect API key provided: sk-…"), and a key must never reach a
 * message, a log or a file. An empty secret changes nothing.
 */
export function redact(text: string, secret: string | undefined): string {
  let out = text;
  if (secret && secret.length >= 4) out = out.split(secret).join('***');
  return out.slice(0, 300);
}

/**
 * The translated error for a classified HTTP failure, naming the provider (`provider` is its
 * display name, e.g. "DeepL (api-free.deepl.com)"). `attempts` is how many calls were made.
 */
export function failureError(failure: MtFailure, provider: string, attempts: number, key: string | undefined): AppError {
  const message = redact(failure.message, key);
  switch (failure.kind) {
    case 'auth':
      return new AppError('mt:errors.badKey', { provider, status: failure.status });
    case 'quota':
      return new AppError('mt:errors.quota', { provider, status: failure.status });
    case 'rateLimit':
      return new AppError('mt:errors.rateLimited', { provider, attempts });
    case 'server':
      return new AppError('mt:errors.server', { provider, status: failure.status, attempts });
    default:
      return new AppError('mt:errors.refused', { provider, status: failure.status, message });
  }
}

/** Error codes after which no further row should be tried: the same call would fail the same way. */
const FATAL = new Set(['mt:errors.badKey', 'mt:errors.quota', 'mt:errors.unreachable', 'mt:errors.noKey', 'mt:errors.keyNeeded', 'mt:errors.insecureUrl', 'mt:errors.badUrl', 'mt:errors.cancelled']);

/** True when `error` ends a pre-translation run rather than just one row (bad key, quota, unreachable…). */
export function isFatalMtError(error: unknown): boolean {
  return error instanceof AppError && FATAL.has(error.code);
}
