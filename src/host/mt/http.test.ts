import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../core/model/index.ts';
import { buildChatCall, buildDeeplTranslateCall, mtProvider, type MtRequest } from '../../core/mt/index.ts';
import { backoffMs, retryAfterMs, sendMtCall, type MtHttpOptions, type MtTarget } from './http.ts';
import { createLimiter } from './limiter.ts';
import { startFakeProvider, type FakeProvider } from './testing/fake-provider.ts';

const KEY = 'sk-test-9f8e7d6c5b4a';
const REQUEST: MtRequest = { source: '林西县', sourceLang: 'zh-CN', targetLang: 'en', before: [], after: [], terms: [], styleNotes: '' };

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Options that never really wait: sleeps are recorded instead. */
function fastOptions(waits: number[], extra: Partial<MtHttpOptions> = {}): MtHttpOptions {
  return { timeoutMs: 2_000, maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 10_000, random: () => 0.5, sleep: async (ms) => void waits.push(ms), ...extra };
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

async function openai(key: string | undefined = KEY): Promise<{ call: ReturnType<typeof buildChatCall>; target: MtTarget }> {
  fake = await startFakeProvider('openai-compatible', key);
  const call = buildChatCall(REQUEST, { provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'm' });
  return { call, target: { provider: mtProvider('openai-compatible'), name: 'OpenAI-compatible (local)', host: '127.0.0.1', key } };
}

describe('sendMtCall', () => {
  it('sends the key only in the documented auth header of each provider', async () => {
    const { call, target } = await openai();
    const answer = await sendMtCall(call, target, fastOptions([]));
    expect(answer.status).toBe(200);
    expect(fake!.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(fake!.requests[0]!.body).not.toContain(KEY);
    await fake!.close();

    fake = await startFakeProvider('deepl', 'dk:fx');
    const deeplCall = buildDeeplTranslateCall(REQUEST, { provider: 'deepl', baseUrl: fake.baseUrl, model: '' });
    await sendMtCall(deeplCall, { provider: mtProvider('deepl'), name: 'DeepL', host: 'h', key: 'dk:fx' }, fastOptions([]));
    expect(fake.requests[0]!.headers.authorization).toBe('DeepL-Auth-Key dk:fx');
    expect(fake.requests[0]!.path).toBe('/v2/translate');
  });

  it('retries 429 and 500 with exponential backoff, waiting at least what Retry-After asks', async () => {
    const { call, target } = await openai();
    fake!.script((_r, n) => (n === 1 ? { status: 429, headers: { 'Retry-After': '3' }, body: '{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}' } : n === 2 ? { status: 500, body: '' } : n === 3 ? { status: 503, body: '' } : undefined));
    const waits: number[] = [];
    const answer = await sendMtCall(call, target, fastOptions(waits));
    expect(answer.status).toBe(200);
    expect(fake!.translations()).toHaveLength(4);
    // 429: max(backoff 75, Retry-After 3000); then backoff 150 and 300 (equal jitter at r = 0.5).
    expect(waits).toEqual([3000, 150, 300]);
  });

  it('gives up after maxRetries with an error naming the provider and the attempts', async () => {
    const { call, target } = await openai();
    fake!.script(() => ({ status: 500, body: 'boom' }));
    const error = await caught(sendMtCall(call, target, fastOptions([], { maxRetries: 2 })));
    expect(error.code).toBe('mt:errors.server');
    expect(error.details).toEqual({ provider: 'OpenAI-compatible (local)', status: 500, attempts: 3 });
    expect(fake!.translations()).toHaveLength(3);
  });

  it('does not retry a bad key, a used-up quota or a refused request, and never repeats the key in an error', async () => {
    const { call, target } = await openai();
    const wrong = { ...target, key: 'sk-wrong-key-123456' };
    const bad = await caught(sendMtCall(call, wrong, fastOptions([])));
    expect(bad.code).toBe('mt:errors.badKey');
    expect(bad.details.provider).toBe('OpenAI-compatible (local)');
    expect(fake!.translations()).toHaveLength(1);

    fake!.script(() => ({ status: 429, body: '{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}' }));
    expect((await caught(sendMtCall(call, target, fastOptions([])))).code).toBe('mt:errors.quota');
    expect(fake!.translations()).toHaveLength(2);

    fake!.script(() => ({ status: 400, body: JSON.stringify({ error: { message: `Invalid request for key ${KEY}` } }) }));
    const refused = await caught(sendMtCall(call, target, fastOptions([])));
    expect(refused.code).toBe('mt:errors.refused');
    expect(refused.message).not.toContain(KEY);
    expect(refused.details.message).toBe('Invalid request for key ***');
  });

  it('does not wait for a Retry-After longer than allowed', async () => {
    const { call, target } = await openai();
    fake!.script(() => ({ status: 429, headers: { 'Retry-After': '3600' }, body: '' }));
    const waits: number[] = [];
    const error = await caught(sendMtCall(call, target, fastOptions(waits)));
    expect(error.code).toBe('mt:errors.rateLimited');
    expect(waits).toEqual([]);
  });

  it('times out a slow answer with an error naming the provider', async () => {
    const { call, target } = await openai();
    fake!.script(() => ({ delayMs: 8_000 }));
    const started = Date.now();
    const error = await caught(sendMtCall(call, target, fastOptions([], { timeoutMs: 300 })));
    expect(error.code).toBe('mt:errors.timeout');
    expect(error.details).toEqual({ provider: 'OpenAI-compatible (local)', seconds: 0.3 });
    expect(Date.now() - started).toBeLessThan(5_000); // gave up long before the answer came
    expect(fake!.translations()).toHaveLength(1); // a timeout is not retried
  });

  it('reports an unreachable server at once, naming it', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const call = buildChatCall(REQUEST, { provider: 'openai-compatible', baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' });
    const waits: number[] = [];
    const error = await caught(sendMtCall(call, { provider: mtProvider('openai-compatible'), name: 'OpenAI-compatible (gone)', host: `127.0.0.1:${port}` }, fastOptions(waits)));
    expect(error.code).toBe('mt:errors.unreachable');
    expect(error.details).toEqual({ provider: 'OpenAI-compatible (gone)', host: `127.0.0.1:${port}` });
    expect(waits).toEqual([]);
  });

  it('stops when cancelled', async () => {
    const { call, target } = await openai();
    fake!.script(() => ({ delayMs: 1_000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await caught(sendMtCall(call, target, fastOptions([], { signal: controller.signal })))).code).toBe('mt:errors.cancelled');
  });
});

describe('retry helpers and the limiter', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('doubles the backoff per attempt up to the cap', () => {
    const o = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffMs(a, o, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffMs(2, o, () => 0)).toBe(200);
  });

  it('never runs more than the limit at once, and frees a slot when a task throws', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const task = (fail: boolean) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      if (fail) throw new Error('x');
      return 1;
    };
    const results = await Promise.allSettled([true, false, false, true, false].map((f) => limit(task(f))));
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  });
});
