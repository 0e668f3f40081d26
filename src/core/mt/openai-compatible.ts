import { field, firstMessage, parseJson, type ParsedAnswer } from './answer.ts';
import { systemPrompt } from './prompt.ts';
import type { HttpCall, MtEndpoint, MtFailure, MtRequest } from './types.ts';
import { joinUrl } from './url.ts';

/**
 * The Chat Completions call (`POST {baseUrl}/chat/completions`) that translates one row: a system
 * message with the instructions, terms, style and context (see {@link systemPrompt}) and a user
 * message holding only the source. No `temperature`: some models refuse anything but the default.
 * An empty `model` is sent as is (llama.cpp's server ignores it; others will answer 400/404).
 */
export function buildChatCall(request: MtRequest, endpoint: MtEndpoint): HttpCall {
  const body = {
    model: endpoint.model,
    messages: [
      { role: 'system', content: systemPrompt(request) },
      { role: 'user', content: request.source },
    ],
    stream: false,
  };
  return {
    method: 'POST',
    url: joinUrl(endpoint.baseUrl, 'chat/completions'),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  };
}

// Reasoning models served locally (DeepSeek-R1, Qwen3) may put their thinking before the answer.
const THINKING = /^\s*<think>[\s\S]*?<\/think>/u;

/**
 * Reads `choices[0].message.content` of a Chat Completions answer (a string, or an array of
 * `{type:'text', text}` parts as some servers send), dropping a leading `<think>…</think>` block.
 * Anything else is `malformed`; an empty text is returned as '' for the checks to refuse.
 */
export function parseChatAnswer(body: string): ParsedAnswer {
  const message = field(field(field(parseJson(body), 'choices'), '0'), 'message');
  const content = field(message, 'content');
  let text: string;
  if (typeof content === 'string') text = content;
  else if (Array.isArray(content)) text = content.map((part) => (typeof field(part, 'text') === 'string' ? (field(part, 'text') as string) : '')).join('');
  else return { ok: false, reason: 'malformed' };
  return { ok: true, text: text.replace(THINKING, '').trim() };
}

/**
 * Classifies a non-2xx Chat Completions answer. OpenAI's documented errors: 401 invalid key,
 * 403 region or permission, 429 rate limit, or 429 with `error.code`/`type` `insufficient_quota`
 * (credit used up: retrying cannot help), 5xx server trouble. The body is `{"error":{"message",
 * "type","code"}}` (OpenAI, DeepSeek, Qwen) or `{"error":"text"}` (Ollama).
 */
export function classifyChatFailure(status: number, body: string): MtFailure {
  const json = parseJson(body);
  const error = field(json, 'error');
  const message = firstMessage(field(error, 'message'), error, field(json, 'message'));
  const code = `${String(field(error, 'code') ?? '')} ${String(field(error, 'type') ?? '')}`;
  if (status === 401 || status === 403) return { kind: 'auth', status, retryable: false, message };
  if (status === 402 || (status === 429 && /insufficient_quota|credit|billing/iu.test(code))) return { kind: 'quota', status, retryable: false, message };
  if (status === 429) return { kind: 'rateLimit', status, retryable: true, message };
  if (status >= 500) return { kind: 'server', status, retryable: true, message };
  return { kind: 'request', status, retryable: false, message };
}
