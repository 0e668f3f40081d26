import { field, firstMessage, parseJson, type ParsedAnswer } from './answer.ts';
import type { HttpCall, MtEndpoint, MtFailure, MtRequest, MtTerm } from './types.ts';
import { joinUrl } from './url.ts';

/** DeepL API Free's host; keys of free accounts end in `:fx`. */
export const DEEPL_FREE_URL = 'https://api-free.deepl.com';
/** DeepL API Pro's host. */
export const DEEPL_PRO_URL = 'https://api.deepl.com';

/** The DeepL host a key belongs to, by DeepL's documented `:fx` suffix of free keys. */
export function deeplUrlForKey(key: string): string {
  return key.trim().endsWith(':fx') ? DEEPL_FREE_URL : DEEPL_PRO_URL;
}

/** DeepL's `source_lang` for a BCP 47 tag: the bare upper-case language (`zh-CN` → `ZH`). */
export function deeplSourceLang(tag: string): string {
  return (tag.split('-')[0] ?? tag).toUpperCase();
}

/**
 * DeepL's `target_lang` for a BCP 47 tag. English needs a variant (`EN` alone is deprecated as a
 * target): `en-GB` → `EN-GB`, any other English → `EN-US`; Chinese → `ZH-HANS`/`ZH-HANT`.
 */
export function deeplTargetLang(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower.startsWith('en')) return lower === 'en-gb' ? 'EN-GB' : 'EN-US';
  if (lower.startsWith('zh')) return /hant|tw|hk|mo/u.test(lower) ? 'ZH-HANT' : 'ZH-HANS';
  if (lower.startsWith('pt')) return lower === 'pt-br' ? 'PT-BR' : 'PT-PT';
  return deeplSourceLang(tag);
}

// DeepL documents glossary support for any pair of these languages (v2 glossaries), ZH↔EN included.
const GLOSSARY_LANGUAGES = new Set(['DA', 'DE', 'EN', 'ES', 'FR', 'IT', 'JA', 'KO', 'NB', 'NL', 'PL', 'PT', 'RU', 'SV', 'ZH']);

/** True when DeepL can apply a glossary from `sourceLang` into `targetLang` (zh → en can). */
export function deeplSupportsGlossary(sourceLang: string, targetLang: string): boolean {
  const a = deeplSourceLang(sourceLang);
  const b = deeplSourceLang(targetLang);
  return a !== b && GLOSSARY_LANGUAGES.has(a) && GLOSSARY_LANGUAGES.has(b);
}

/** A glossary pair DeepL will accept: one approved rendering per source, no tabs or line breaks. */
export interface DeeplGlossaryPair {
  readonly source: string;
  readonly target: string;
}

const utf8Length = (text: string): number => {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
};

/**
 * The pairs of a DeepL glossary built from terms: each source with its first approved rendering.
 * DeepL refuses duplicate sources, tabs or line breaks inside an entry and entries over 1024 UTF-8
 * bytes, so those are left out (the first of duplicate sources wins). Sorted, so the same terms
 * always give the same glossary (and the same content hash).
 */
export function deeplGlossaryPairs(terms: readonly MtTerm[]): DeeplGlossaryPair[] {
  const seen = new Map<string, string>();
  for (const term of terms) {
    const source = term.source.trim();
    const target = term.approved[0]?.trim() ?? '';
    if (!source || !target || seen.has(source)) continue;
    if (/[\t\r\n]/u.test(source + target) || utf8Length(source) > 1024 || utf8Length(target) > 1024) continue;
    seen.set(source, target);
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([source, target]) => ({ source, target }));
}

/**
 * `POST /v2/glossaries`: creates a glossary of `pairs` (TSV entries) for the pair
 * `sourceLang → targetLang`. DeepL glossaries are immutable, so a changed glossary is a new one.
 */
export function buildDeeplGlossaryCall(pairs: readonly DeeplGlossaryPair[], name: string, endpoint: MtEndpoint, sourceLang: string, targetLang: string): HttpCall {
  const body = {
    name,
    source_lang: deeplSourceLang(sourceLang).toLowerCase(),
    target_lang: deeplSourceLang(targetLang).toLowerCase(),
    entries: pairs.map((p) => `${p.source}\t${p.target}`).join('\n'),
    entries_format: 'tsv',
  };
  return {
    method: 'POST',
    url: joinUrl(endpoint.baseUrl, 'v2/glossaries'),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  };
}

/** The `glossary_id` of a created glossary; `undefined` when the answer has none. */
export function parseDeeplGlossaryAnswer(body: string): string | undefined {
  const id = field(parseJson(body), 'glossary_id');
  return typeof id === 'string' && id ? id : undefined;
}

/**
 * Terms as a line for DeepL's `context` (used when no glossary can be applied): DeepL reads
 * context to steer the translation, does not translate it and does not bill for it.
 */
export function termsAsContext(terms: readonly MtTerm[]): string {
  const lines = terms.filter((t) => t.approved.length).map((t) => `${t.source} = ${t.approved[0]}`);
  return lines.length ? `Terminology: ${lines.join('; ')}.` : '';
}

/**
 * `POST /v2/translate` for one row: `text` is `[source]`, `source_lang` is set (required with a
 * glossary, and better than detection for short rows), neighbouring rows go in `context` (with the
 * terms, when there is no `glossaryId`), `model_type` when the endpoint names one.
 */
export function buildDeeplTranslateCall(request: MtRequest, endpoint: MtEndpoint, glossaryId?: string): HttpCall {
  const contextParts = [...request.before, ...request.after];
  if (!glossaryId) contextParts.push(termsAsContext(request.terms));
  const context = contextParts.filter((t) => t.trim()).join('\n');
  const body: Record<string, unknown> = {
    text: [request.source],
    source_lang: deeplSourceLang(request.sourceLang),
    target_lang: deeplTargetLang(request.targetLang),
  };
  if (context) body.context = context;
  if (glossaryId) body.glossary_id = glossaryId;
  if (endpoint.model.trim()) body.model_type = endpoint.model.trim();
  return {
    method: 'POST',
    url: joinUrl(endpoint.baseUrl, 'v2/translate'),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  };
}

/** Reads `translations[0].text` of a `/v2/translate` answer; anything else is `malformed`. */
export function parseDeeplAnswer(body: string): ParsedAnswer {
  const text = field(field(field(parseJson(body), 'translations'), '0'), 'text');
  return typeof text === 'string' ? { ok: true, text: text.trim() } : { ok: false, reason: 'malformed' };
}

/**
 * Classifies a non-2xx DeepL answer by its documented codes: 401/403 authorization failed,
 * 456 quota exceeded, 429 and 529 too many requests, 5xx temporary errors, other 4xx (400 bad
 * request, 404, 413 body too large) the request itself. The body is `{"message": "..."}`.
 */
export function classifyDeeplFailure(status: number, body: string): MtFailure {
  const json = parseJson(body);
  const message = firstMessage(field(json, 'message'), field(json, 'detail'));
  if (status === 401 || status === 403) return { kind: 'auth', status, retryable: false, message };
  if (status === 456) return { kind: 'quota', status, retryable: false, message };
  if (status === 429 || status === 529) return { kind: 'rateLimit', status, retryable: true, message };
  if (status >= 500) return { kind: 'server', status, retryable: true, message };
  return { kind: 'request', status, retryable: false, message };
}
