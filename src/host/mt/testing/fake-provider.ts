import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * Test helper (imported only by *.test.ts): a local HTTP server on 127.0.0.1, port 0, that speaks
 * one provider's documented protocol — OpenAI Chat Completions (`POST …/chat/completions`,
 * `Authorization: Bearer`) or DeepL v2 (`POST /v2/translate`, `POST /v2/glossaries`,
 * `Authorization: DeepL-Auth-Key`) — and records every request. Tests script failures (401, 429
 * with Retry-After, 500, slow answers) with {@link FakeProvider.script}.
 */

/** One request as the server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  readonly json: unknown;
  readonly at: number;
}

/** A scripted answer; `undefined` from a script means "answer normally". */
export interface ScriptedAnswer {
  readonly status?: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering (to provoke timeouts). */
  readonly delayMs?: number;
}

/** The fake's deterministic "translation": English-only text that differs per source. */
export function fakeEnglish(source: string): string {
  return `Row ${createHash('sha256').update(source).digest('hex').slice(0, 8)} in English (${[...source].length} characters).`;
}

/** A running fake provider. */
export interface FakeProvider {
  /** The base URL to configure: `http://127.0.0.1:<port>/v1` (openai) or `http://127.0.0.1:<port>` (deepl). */
  readonly baseUrl: string;
  readonly requests: SeenRequest[];
  /** Translation requests only (no glossary creation). */
  translations(): SeenRequest[];
  /** Replaces the script: called per request with the count of translation requests seen so far. */
  script(fn: (request: SeenRequest, n: number) => ScriptedAnswer | undefined): void;
  /** Requests still being answered (slow ones). */
  close(): Promise<void>;
}

type Kind = 'openai-compatible' | 'deepl';

function normalAnswer(kind: Kind, request: SeenRequest, key: string | undefined): ScriptedAnswer {
  const auth = String(request.headers.authorization ?? '');
  const expected = kind === 'deepl' ? `DeepL-Auth-Key ${key}` : `Bearer ${key}`;
  if (key !== undefined && auth !== expected) {
    return kind === 'deepl'
      ? { status: 403, body: JSON.stringify({ message: 'Authorization failure, check auth_key' }) }
      : { status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${auth.slice(7)}`, type: 'invalid_request_error', code: 'invalid_api_key' } }) };
  }
  const json = request.json as Record<string, unknown>;
  if (kind === 'openai-compatible') {
    const messages = json.messages as { role: string; content: string }[];
    const source = messages.find((m) => m.role === 'user')?.content ?? '';
    return {
      status: 200,
      body: JSON.stringify({
        id: 'chatcmpl-1',
        object: 'chat.completion',
        model: json.model,
        choices: [{ index: 0, message: { role: 'assistant', content: fakeEnglish(source) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    };
  }
  if (request.path.endsWith('/v2/glossaries')) {
    const entries = String(json.entries ?? '').split('\n').filter(Boolean).length;
    return { status: 201, body: JSON.stringify({ glossary_id: 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7', name: json.name, ready: true, source_lang: json.source_lang, target_lang: json.target_lang, creation_time: '2026-01-01T00:00:00Z', entry_count: entries }) };
  }
  const texts = json.text as string[];
  return { status: 200, body: JSON.stringify({ translations: texts.map((t) => ({ detected_source_language: 'ZH', text: fakeEnglish(t) })) }) };
}

/**
 * Starts a fake `kind` server. With `key`, requests must carry it in the provider's auth header
 * (else 401 / 403 as the real services answer); without, any request is served (a local server).
 */
export async function startFakeProvider(kind: Kind, key?: string): Promise<FakeProvider> {
  const requests: SeenRequest[] = [];
  let script: (request: SeenRequest, n: number) => ScriptedAnswer | undefined = () => undefined;
  const isTranslation = (r: SeenRequest): boolean => !r.path.endsWith('/v2/glossaries');
  const sockets = new Set<Socket>();

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const seen: SeenRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json, at: Date.now() };
      requests.push(seen);
      const n = requests.filter(isTranslation).length;
      const pathOk = kind === 'deepl' ? /^\/v2\/(translate|glossaries)$/u.test(seen.path) : seen.path === '/v1/chat/completions';
      const answer: ScriptedAnswer = !pathOk || seen.method !== 'POST' || json === undefined
        ? { status: 404, body: JSON.stringify({ message: 'Not found' }) }
        : (script(seen, n) ?? normalAnswer(kind, seen, key));
      const send = (): void => {
        if (res.destroyed) return;
        res.writeHead(answer.status ?? 200, { 'Content-Type': 'application/json', ...answer.headers });
        res.end(answer.body ?? '');
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: kind === 'deepl' ? `http://127.0.0.1:${port}` : `http://127.0.0.1:${port}/v1`,
    requests,
    translations: () => requests.filter(isTranslation),
    script(fn) {
      script = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
