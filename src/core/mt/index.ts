/**
 * Machine translation providers (openai-compatible Chat Completions, DeepL v2) as pure request
 * builders, answer parsers and failure classifiers, plus the answer checks and cache-key material.
 * No I/O: src/host/mt sends the calls.
 */
export * from './types.ts';
export * from './answer.ts';
export * from './url.ts';
export * from './prompt.ts';
export * from './openai-compatible.ts';
export * from './deepl.ts';
export * from './provider.ts';
export * from './check.ts';
export * from './terms.ts';
