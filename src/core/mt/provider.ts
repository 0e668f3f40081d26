import type { ParsedAnswer } from './answer.ts';
import { buildChatCall, classifyChatFailure, parseChatAnswer } from './openai-compatible.ts';
import { buildDeeplTranslateCall, classifyDeeplFailure, parseDeeplAnswer } from './deepl.ts';
import type { HttpCall, MtEndpoint, MtFailure, MtProviderId, MtRequest } from './types.ts';

/**
 * One MT provider's protocol, as pure functions: build the call for a row, read the answer,
 * classify a failure, and the auth header a key becomes. The host does the HTTP.
 */
export interface MtProvider {
  readonly id: MtProviderId;
  /** The name shown in messages and labels ("DeepL", "OpenAI-compatible"). */
  readonly label: string;
  /** The translation call for one row; `glossaryId` is a provider-side glossary (DeepL only). */
  buildCall(request: MtRequest, endpoint: MtEndpoint, glossaryId?: string): HttpCall;
  parseAnswer(body: string): ParsedAnswer;
  classifyFailure(status: number, body: string): MtFailure;
  /** The header carrying `key`: `Authorization: Bearer …` or `Authorization: DeepL-Auth-Key …`. */
  authHeader(key: string): readonly [name: string, value: string];
}

const openAiCompatible: MtProvider = {
  id: 'openai-compatible',
  label: 'OpenAI-compatible',
  buildCall: (request, endpoint) => buildChatCall(request, endpoint),
  parseAnswer: parseChatAnswer,
  classifyFailure: classifyChatFailure,
  authHeader: (key) => ['Authorization', `Bearer ${key}`],
};

const deepl: MtProvider = {
  id: 'deepl',
  label: 'DeepL',
  buildCall: buildDeeplTranslateCall,
  parseAnswer: parseDeeplAnswer,
  classifyFailure: classifyDeeplFailure,
  authHeader: (key) => ['Authorization', `DeepL-Auth-Key ${key}`],
};

/** The provider implementing `id`. */
export function mtProvider(id: MtProviderId): MtProvider {
  return id === 'deepl' ? deepl : openAiCompatible;
}
