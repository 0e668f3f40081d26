/**
 * Machine translation (MT) request and result types shared by every provider. Pure data: the
 * host turns an {@link HttpCall} into a real request, the core never does I/O.
 */

/** The providers Duizhao can call. */
export const MT_PROVIDERS = ['openai-compatible', 'deepl'] as const;

/** One of {@link MT_PROVIDERS}. */
export type MtProviderId = (typeof MT_PROVIDERS)[number];

/** True when `value` names a provider Duizhao knows. */
export function isMtProviderId(value: unknown): value is MtProviderId {
  return typeof value === 'string' && (MT_PROVIDERS as readonly string[]).includes(value);
}

/** A glossary term found in the row being translated, with what the translation must and must not use. */
export interface MtTerm {
  readonly source: string;
  /** Approved renderings, preferred first; may be empty (a term noted only for its forbidden ones). */
  readonly approved: readonly string[];
  readonly forbidden: readonly string[];
  /** The glossary note, if any (a hint for LLM providers; never sent to DeepL). */
  readonly note: string;
}

/**
 * Everything a provider needs to translate one row. `before`/`after` are neighbouring rows' Chinese
 * (nearest last / nearest first) given as context only; `terms` are the glossary terms found in
 * `source`; `styleNotes` is the project's free-text house style. Languages are BCP 47 tags.
 */
export interface MtRequest {
  readonly source: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly terms: readonly MtTerm[];
  readonly styleNotes: string;
}

/**
 * Where and how to reach a provider. `baseUrl` for openai-compatible is the API root that
 * `/chat/completions` is appended to (e.g. `https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`);
 * for DeepL the host root (`https://api-free.deepl.com` or `https://api.deepl.com`). `model` is the
 * chat model, or DeepL's optional `model_type`. The key is NOT part of this: it is added by the host
 * at send time (see {@link authHeader}) so a config can be stored, logged or cached safely.
 */
export interface MtEndpoint {
  readonly provider: MtProviderId;
  readonly baseUrl: string;
  readonly model: string;
}

/** An HTTP call a provider wants made, without credentials. `body` is JSON text. */
export interface HttpCall {
  readonly method: 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What came back, as the host read it. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/**
 * How an HTTP failure is classified. `auth`: bad or missing key (401/403). `quota`: the account's
 * quota or credit is used up (DeepL 456, OpenAI 429 `insufficient_quota`). `rateLimit`: too many
 * requests right now (429, DeepL 529). `server`: the provider failed (5xx). `request`: the provider
 * refused this request (other 4xx). Only `rateLimit` and `server` are worth retrying.
 */
export type MtFailureKind = 'auth' | 'quota' | 'rateLimit' | 'server' | 'request';

/** A classified HTTP failure; `message` is the provider's own text (may be empty), for the user. */
export interface MtFailure {
  readonly kind: MtFailureKind;
  readonly status: number;
  readonly retryable: boolean;
  readonly message: string;
}
