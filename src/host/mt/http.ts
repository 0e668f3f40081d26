import { AppError } from '../../core/model/index.ts';
import type { HttpAnswer, HttpCall, MtProvider } from '../../core/mt/index.ts';
import { failureError } from './errors.ts';

/** Retry, timeout and cancellation settings of {@link sendMtCall}. */
export interface MtHttpOptions {
  /** Per attempt, from sending until the whole answer body is read. */
  readonly timeoutMs: number;
  /** Retries after the first attempt on 429 / 5xx / a dropped connection (so at most maxRetries + 1 calls). */
  readonly maxRetries: number;
  /** Backoff before retry n (0-based) is baseDelayMs · 2ⁿ, with jitter, capped at maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails as rate limited. */
  readonly maxRetryAfterMs: number;
  readonly signal?: AbortSignal;
  /** Injected for tests: waiting, and the jitter source (0 ≤ r < 1). */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
  /** Called before each retry with the wait chosen (tests and progress reporting). */
  readonly onRetry?: (attempt: number, waitMs: number, status: number) => void;
}

/** Defaults for interactive and CLI use: 60 s per attempt, 4 retries from 1 s up to 30 s. */
export const DEFAULT_HTTP_OPTIONS: MtHttpOptions = { timeoutMs: 60_000, maxRetries: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

/** Who is being called: the provider's protocol, its display name for messages, and the key (if any). */
export interface MtTarget {
  readonly provider: MtProvider;
  /** e.g. "DeepL (api-free.deepl.com)": named in every error. */
  readonly name: string;
  /** The server's host, for the "unreachable" message. */
  readonly host: string;
  readonly key?: string;
}

/**
 * Parses a Retry-After header (delta-seconds or an HTTP date) into milliseconds from `now`;
 * `undefined` when absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/u.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half fixed, half random, so parallel rows spread out. */
export function backoffMs(attempt: number, options: Pick<MtHttpOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AppError('mt:errors.cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AppError('mt:errors.cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

// Connection errors that mean "nothing is listening there": retrying will not help.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL', 'UND_ERR_INVALID_ARG']);

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  return typeof cause?.code === 'string' ? cause.code : '';
}

type Attempt = { readonly kind: 'answer'; readonly answer: HttpAnswer; readonly retryAfter: string | null } | { readonly kind: 'timeout' } | { readonly kind: 'network'; readonly code: string };

async function attemptOnce(call: HttpCall, target: MtTarget, options: MtHttpOptions): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const headers: Record<string, string> = { ...call.headers, 'User-Agent': 'Duizhao' };
    if (target.key) {
      const [name, value] = target.provider.authHeader(target.key);
      headers[name] = value;
    }
    const response = await fetch(call.url, { method: call.method, headers, body: call.body, signal: controller.signal, redirect: 'error' });
    const body = await response.text();
    return { kind: 'answer', answer: { status: response.status, body }, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    if (options.signal?.aborted) throw new AppError('mt:errors.cancelled');
    if (timedOut) return { kind: 'timeout' };
    return { kind: 'network', code: networkCode(error) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sends one provider call and resolves with its 2xx answer. Retries with exponential backoff (and
 * jitter) on 429 / 5xx / DeepL 529 and on dropped connections, waiting at least what Retry-After
 * asks; never retries a bad key (401/403), a used-up quota (456, OpenAI `insufficient_quota`), a
 * refused request, a timeout or an unreachable server. Every failure is an AppError naming the
 * provider (`mt:errors.*`); the key is sent only in the auth header and redacted from any
 * provider text that is passed on. Cancelling `options.signal` rejects with `mt:errors.cancelled`.
 */
export async function sendMtCall(call: HttpCall, target: MtTarget, options: MtHttpOptions = DEFAULT_HTTP_OPTIONS): Promise<HttpAnswer> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted) throw new AppError('mt:errors.cancelled');
    const result = await attemptOnce(call, target, options);
    const retriesLeft = attempt < options.maxRetries;
    if (result.kind === 'timeout') {
      throw new AppError('mt:errors.timeout', { provider: target.name, seconds: Math.round(options.timeoutMs / 100) / 10 });
    }
    if (result.kind === 'network') {
      if (UNREACHABLE.has(result.code) || !retriesLeft) throw new AppError('mt:errors.unreachable', { provider: target.name, host: target.host });
      const wait = backoffMs(attempt, options, random);
      options.onRetry?.(attempt + 1, wait, 0);
      await sleep(wait, options.signal);
      continue;
    }
    const { answer } = result;
    if (answer.status >= 200 && answer.status < 300) return answer;
    const failure = target.provider.classifyFailure(answer.status, answer.body);
    if (!failure.retryable) throw failureError(failure, target.name, attempt + 1, target.key);
    const asked = retryAfterMs(result.retryAfter, Date.now());
    if (!retriesLeft || (asked !== undefined && asked > options.maxRetryAfterMs)) throw failureError(failure, target.name, attempt + 1, target.key);
    const wait = Math.max(backoffMs(attempt, options, random), asked ?? 0);
    options.onRetry?.(attempt + 1, wait, answer.status);
    await sleep(wait, options.signal);
  }
}
