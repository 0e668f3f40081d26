import { describe, expect, it } from 'vitest';
import {
  buildChatCall,
  buildDeeplGlossaryCall,
  buildDeeplTranslateCall,
  cacheKeyMaterial,
  classifyChatFailure,
  classifyDeeplFailure,
  deeplGlossaryPairs,
  deeplSupportsGlossary,
  deeplTargetLang,
  deeplUrlForKey,
  isLoopbackUrl,
  joinUrl,
  mtProvider,
  parseChatAnswer,
  parseDeeplAnswer,
  parseDeeplGlossaryAnswer,
  type MtEndpoint,
  type MtRequest,
} from './index.ts';

const REQUEST: MtRequest = {
  source: '林西县驻村工作队深入开展精准扶贫。',
  sourceLang: 'zh-CN',
  targetLang: 'en',
  before: ['一、基本情况'],
  after: ['二、主要做法'],
  terms: [
    { source: '驻村工作队', approved: ['village-based work team'], forbidden: ['village task force'], note: '' },
    { source: '精准扶贫', approved: ['targeted poverty alleviation'], forbidden: [], note: 'policy term' },
  ],
  styleNotes: 'Use British spelling.',
};
const CHAT: MtEndpoint = { provider: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1/', model: 'qwen2.5:7b' };
const DEEPL: MtEndpoint = { provider: 'deepl', baseUrl: 'https://api-free.deepl.com', model: '' };

describe('openai-compatible', () => {
  it('builds a Chat Completions call with the source alone in the user message and terms, style and context in the system message', () => {
    const call = buildChatCall(REQUEST, CHAT);
    expect(call.url).toBe('http://127.0.0.1:11434/v1/chat/completions');
    const body = JSON.parse(call.body) as { model: string; messages: { role: string; content: string }[] };
    expect(body.model).toBe('qwen2.5:7b');
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1]!.content).toBe(REQUEST.source);
    const system = body.messages[0]!.content;
    expect(system).toContain('驻村工作队 → village-based work team (never: village task force)');
    expect(system).toContain('精准扶贫 → targeted poverty alleviation — policy term');
    expect(system).toContain('Use British spelling.');
    expect(system).toContain('[before] 一、基本情况');
    expect(system).toContain('[after] 二、主要做法');
    expect(system).toContain('from Simplified Chinese into English');
    expect(JSON.stringify(call.headers)).not.toMatch(/authorization/i);
  });

  it('reads the answer text (string or parts), drops a thinking block, and calls anything else malformed', () => {
    const answer = (content: unknown) => JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });
    expect(parseChatAnswer(answer('  Linxi County  '))).toEqual({ ok: true, text: 'Linxi County' });
    expect(parseChatAnswer(answer([{ type: 'text', text: 'Linxi ' }, { type: 'text', text: 'County' }]))).toEqual({ ok: true, text: 'Linxi County' });
    expect(parseChatAnswer(answer('<think>县 means county</think>\nLinxi County'))).toEqual({ ok: true, text: 'Linxi County' });
    expect(parseChatAnswer('{"choices":[]}')).toEqual({ ok: false, reason: 'malformed' });
    expect(parseChatAnswer('<html>')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('classifies documented failures: bad key, quota, rate limit, server, request', () => {
    expect(classifyChatFailure(401, '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}')).toEqual({
      kind: 'auth',
      status: 401,
      retryable: false,
      message: 'Incorrect API key provided',
    });
    expect(classifyChatFailure(429, '{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}').kind).toBe('quota');
    expect(classifyChatFailure(429, '{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}')).toMatchObject({ kind: 'rateLimit', retryable: true });
    expect(classifyChatFailure(503, 'overloaded')).toMatchObject({ kind: 'server', retryable: true, message: '' });
    expect(classifyChatFailure(404, '{"error":"model \\"x\\" not found"}')).toMatchObject({ kind: 'request', message: 'model "x" not found' });
  });
});

describe('deepl', () => {
  it('builds /v2/translate with source_lang, a target variant, context and the glossary id', () => {
    const call = buildDeeplTranslateCall(REQUEST, DEEPL, 'g-1');
    expect(call.url).toBe('https://api-free.deepl.com/v2/translate');
    expect(JSON.parse(call.body)).toEqual({
      text: [REQUEST.source],
      source_lang: 'ZH',
      target_lang: 'EN-US',
      context: '一、基本情况\n二、主要做法',
      glossary_id: 'g-1',
    });
  });

  it('puts the terms into the context when there is no glossary, and model_type when one is named', () => {
    const body = JSON.parse(buildDeeplTranslateCall(REQUEST, { ...DEEPL, model: 'quality_optimized' }).body) as Record<string, unknown>;
    expect(body.context).toContain('Terminology: 驻村工作队 = village-based work team; 精准扶贫 = targeted poverty alleviation.');
    expect(body.model_type).toBe('quality_optimized');
    expect(body).not.toHaveProperty('glossary_id');
  });

  it('builds a TSV glossary of one approved rendering per distinct source, skipping what DeepL refuses', () => {
    const pairs = deeplGlossaryPairs([
      ...REQUEST.terms,
      { source: '驻村工作队', approved: ['resident team'], forbidden: [], note: '' },
      { source: '脱贫', approved: [], forbidden: ['x'], note: '' },
      { source: '坏\t词', approved: ['bad'], forbidden: [], note: '' },
    ]);
    expect(pairs).toEqual([
      { source: '精准扶贫', target: 'targeted poverty alleviation' },
      { source: '驻村工作队', target: 'village-based work team' },
    ]);
    const call = buildDeeplGlossaryCall(pairs, 'Duizhao', DEEPL, 'zh-CN', 'en');
    expect(call.url).toBe('https://api-free.deepl.com/v2/glossaries');
    expect(JSON.parse(call.body)).toEqual({
      name: 'Duizhao',
      source_lang: 'zh',
      target_lang: 'en',
      entries: '精准扶贫\ttargeted poverty alleviation\n驻村工作队\tvillage-based work team',
      entries_format: 'tsv',
    });
    expect(parseDeeplGlossaryAnswer('{"glossary_id":"def3a26b","ready":true,"entry_count":2}')).toBe('def3a26b');
    expect(parseDeeplGlossaryAnswer('{}')).toBeUndefined();
  });

  it('knows ZH→EN glossaries are supported, picks the endpoint by key, maps target variants', () => {
    expect(deeplSupportsGlossary('zh-CN', 'en')).toBe(true);
    expect(deeplSupportsGlossary('zh-CN', 'tr')).toBe(false);
    expect(deeplUrlForKey('abc:fx')).toBe('https://api-free.deepl.com');
    expect(deeplUrlForKey('abc')).toBe('https://api.deepl.com');
    expect(deeplTargetLang('en-GB')).toBe('EN-GB');
    expect(deeplTargetLang('zh-TW')).toBe('ZH-HANT');
  });

  it('reads translations[0].text and classifies 403, 456, 429, 529 and 500', () => {
    expect(parseDeeplAnswer('{"translations":[{"detected_source_language":"ZH","text":"Linxi County"}]}')).toEqual({ ok: true, text: 'Linxi County' });
    expect(parseDeeplAnswer('{"translations":[]}')).toEqual({ ok: false, reason: 'malformed' });
    expect(classifyDeeplFailure(403, '{"message":"Wrong endpoint"}')).toMatchObject({ kind: 'auth', message: 'Wrong endpoint' });
    expect(classifyDeeplFailure(456, '{"message":"Quota exceeded"}').kind).toBe('quota');
    expect(classifyDeeplFailure(429, '').retryable).toBe(true);
    expect(classifyDeeplFailure(529, '').kind).toBe('rateLimit');
    expect(classifyDeeplFailure(500, '').kind).toBe('server');
    expect(classifyDeeplFailure(413, '').kind).toBe('request');
  });
});

describe('shared pieces', () => {
  it('auth headers carry the key in each provider\'s documented scheme', () => {
    expect(mtProvider('openai-compatible').authHeader('sk-1')).toEqual(['Authorization', 'Bearer sk-1']);
    expect(mtProvider('deepl').authHeader('k:fx')).toEqual(['Authorization', 'DeepL-Auth-Key k:fx']);
  });

  it('the cache key depends on source, terms, provider, model and style, not on neighbouring rows', () => {
    const key = cacheKeyMaterial(CHAT, REQUEST);
    expect(cacheKeyMaterial(CHAT, { ...REQUEST, before: [], after: ['别的'] })).toBe(key);
    expect(cacheKeyMaterial({ ...CHAT, model: 'other' }, REQUEST)).not.toBe(key);
    expect(cacheKeyMaterial({ ...CHAT, provider: 'deepl' }, REQUEST)).not.toBe(key);
    expect(cacheKeyMaterial(CHAT, { ...REQUEST, source: `${REQUEST.source} ` })).not.toBe(key);
    expect(cacheKeyMaterial(CHAT, { ...REQUEST, terms: REQUEST.terms.slice(1) })).not.toBe(key);
    expect(cacheKeyMaterial(CHAT, { ...REQUEST, styleNotes: 'US spelling' })).not.toBe(key);
  });

  it('joins URLs and recognises loopback servers', () => {
    expect(joinUrl('https://api.deepseek.com/', '/chat/completions')).toBe('https://api.deepseek.com/chat/completions');
    expect(isLoopbackUrl('http://127.0.0.1:8080/v1')).toBe(true);
    expect(isLoopbackUrl('http://localhost:11434/v1')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:1234')).toBe(true);
    expect(isLoopbackUrl('http://127.0.0.1.evil.com/v1')).toBe(false);
    expect(isLoopbackUrl('https://api.openai.com/v1')).toBe(false);
  });
});
