import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, toErrorPayload } from '../core/model/index.ts';
import { workbenchInputs } from '../shared/api.ts';
import type { WorkbenchApi, WorkbenchMethod } from '../shared/api.ts';
import { hasToken } from './guards.ts';
import { BodyTooLargeError, readBody, sendEnvelope, sendError } from './http-util.ts';

/** What the API route needs from the server. */
export interface ApiContext {
  readonly workbench: WorkbenchApi;
  readonly token: string;
  readonly maxBodyBytes: number;
}

function isMethod(name: string): name is WorkbenchMethod {
  return Object.hasOwn(workbenchInputs, name);
}

/**
 * Handles `POST /api/<method>`. Transport failures get HTTP error statuses with an `ok: false`
 * envelope (401 token, 404 method, 405 verb, 413 size, 400 JSON or schema); the workbench's own
 * outcome, success or AppError, is 200 with the envelope; unexpected exceptions are 500.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, context: ApiContext): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'host:errors.methodNotAllowed');
  if (!hasToken(req, context.token)) return sendError(res, 401, 'host:errors.unauthorized');
  if (!isMethod(method)) return sendError(res, 404, 'host:errors.unknownMethod', { method: method.slice(0, 100) });

  let payload: unknown;
  try {
    const text = await readBody(req, context.maxBodyBytes);
    payload = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // Connection: close makes Node drop the socket after the reply instead of reading the rest.
      return sendEnvelope(res, 413, { ok: false, error: { code: 'host:errors.tooLarge', details: { limit: context.maxBodyBytes } } }, { Connection: 'close' });
    }
    return sendError(res, 400, 'host:errors.badRequest', { message: 'invalid JSON' });
  }
  const parsed = workbenchInputs[method].safeParse(payload);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`).join('; ');
    return sendError(res, 400, 'host:errors.badRequest', { message: message.slice(0, 500) });
  }

  try {
    // The validator for `method` produced this payload, so it matches the method's parameter type.
    const call = context.workbench[method] as (input: unknown) => Promise<unknown>;
    const value = await call.call(context.workbench, parsed.data);
    sendEnvelope(res, 200, { ok: true, value });
  } catch (error) {
    const payloadError = toErrorPayload(error);
    sendEnvelope(res, error instanceof AppError ? 200 : 500, { ok: false, error: { code: payloadError.code, details: { ...payloadError.details } } });
  }
}
