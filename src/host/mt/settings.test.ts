import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/model/index.ts';
import type { MtSettings } from './mt-store.ts';
import { keyFromEnvironment, resolveEndpoint, resolveSettings } from './settings.ts';

const SAVED: MtSettings = { provider: 'openai-compatible', baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat', apiKeyEnv: 'DEEPSEEK_API_KEY', styleNotes: 'UK spelling', concurrency: 3 };

function code(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('resolveSettings', () => {
  it('lays given options over the saved ones; another provider does not inherit its URL, model or key variable', () => {
    expect(resolveSettings({ model: 'deepseek-reasoner' }, SAVED)).toEqual({ ...SAVED, model: 'deepseek-reasoner' });
    expect(resolveSettings({ provider: 'deepl' }, SAVED)).toEqual({ provider: 'deepl', baseUrl: '', model: '', apiKeyEnv: '', styleNotes: 'UK spelling', concurrency: 4 });
  });

  it('refuses what cannot work, with translated errors', () => {
    expect(code(() => resolveSettings({}, undefined))).toBe('mt:errors.noProvider');
    expect(code(() => resolveSettings({ provider: 'openai-compatible' }, undefined))).toBe('mt:errors.baseUrlNeeded');
    expect(code(() => resolveSettings({ provider: 'deepl', baseUrl: 'ftp://x' }, undefined))).toBe('mt:errors.badUrl');
    expect(code(() => resolveSettings({ apiKeyEnv: 'sk-abc123' }, SAVED))).toBe('mt:errors.badKeyVariable');
    expect(code(() => resolveSettings({ concurrency: 0 }, SAVED))).toBe('mt:errors.badConcurrency');
    expect(code(() => resolveSettings({ concurrency: 33 }, SAVED))).toBe('mt:errors.badConcurrency');
  });
});

describe('keys and endpoints', () => {
  it('reads the key from the named variable only; an unset variable is named in the error', () => {
    expect(keyFromEnvironment(SAVED, { DEEPSEEK_API_KEY: ' sk-1 ' })).toBe('sk-1');
    expect(keyFromEnvironment({ ...SAVED, apiKeyEnv: '' }, { DEEPSEEK_API_KEY: 'sk-1' })).toBeUndefined();
    try {
      keyFromEnvironment(SAVED, {});
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'mt:errors.noKey', details: { provider: 'OpenAI-compatible', variable: 'DEEPSEEK_API_KEY' } });
    }
  });

  it('needs a key for remote servers, none for local ones, and sends keys only over https or loopback', () => {
    expect(resolveEndpoint(SAVED, 'sk-1')).toEqual({
      endpoint: { provider: 'openai-compatible', baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat' },
      key: 'sk-1',
      name: 'OpenAI-compatible (api.deepseek.com)',
      host: 'api.deepseek.com',
    });
    expect(code(() => resolveEndpoint(SAVED, undefined))).toBe('mt:errors.keyNeeded');
    expect(resolveEndpoint({ ...SAVED, baseUrl: 'http://localhost:11434/v1', apiKeyEnv: '' }, undefined).name).toBe('OpenAI-compatible (localhost:11434)');
    expect(code(() => resolveEndpoint({ ...SAVED, baseUrl: 'http://10.0.0.5:8000/v1' }, 'sk-1'))).toBe('mt:errors.insecureUrl');
  });

  it('picks DeepL Free or Pro by the key when no base URL is given', () => {
    const deepl: MtSettings = { ...SAVED, provider: 'deepl', baseUrl: '', model: '' };
    expect(resolveEndpoint(deepl, 'abc:fx').endpoint.baseUrl).toBe('https://api-free.deepl.com');
    expect(resolveEndpoint(deepl, 'abc').name).toBe('DeepL (api.deepl.com)');
    expect(code(() => resolveEndpoint(deepl, undefined))).toBe('mt:errors.keyNeeded');
  });
});
