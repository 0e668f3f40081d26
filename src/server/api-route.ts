import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WorkbenchApi } from '../shared/api.ts';
import { dispatch, isWorkbenchMethod, type DispatchOutcome } from '../shared/dispatch.ts';
import type { Logger } from '../shared/logger.ts';
import { hasToken } from './guards.ts';
import { BodyTooLargeError, readBody, sendEnvelope, sendError } from './http-util.ts';

/** What the API route needs from the server. */
export interface ApiContext {
  readonly workbench: WorkbenchApi;
  readonly token: string;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

// The host's own outcome, success or AppError, is a 200; only transport and contract failures are not.
const STATUS: Readonly<Record<DispatchOutcome, number>> = { ok: 200, refused: 200, invalid: 400, unexpected: 500 };

/**
 * Handles `POST /api/<method>`. Transport failures get HTTP error statuses with an `ok: false`
 * envelope (401 token, 404 method, 405 verb, 413 size, 400 JSON or schema); the workbench's own
 * outcome, success or AppError, is 200 with the envelope; unexpected exceptions are 500 (logged
 * with their stack). Validation and the call itself are the shared {@link dispatch}, as in Electron.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, context: ApiContext): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'host:errors.methodNotAllowed');
  if (!hasToken(req, context.token)) return sendError(res, 401, 'host:errors.unauthorized');
  if (!isWorkbenchMethod(method)) return sendError(res, 404, 'host:errors.unknownMethod', { method: method.slice(0, 100) });

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
  const { outcome, envelope } = await dispatch(context.workbench, method, payload, context.logger);
  sendEnvelope(res, STATUS[outcome], envelope);
}
