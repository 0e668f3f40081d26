import { AppError, toErrorPayload } from '../core/model/index.ts';
import { workbenchInputs, type Envelope, type WorkbenchApi, type WorkbenchMethod } from './api.ts';
import { nullLogger, type Logger } from './logger.ts';

/**
 * How a call ended, so each transport can pick its own status (HTTP: 200 / 400 / 200 / 500):
 * `ok` the host answered; `invalid` the payload did not match the contract and the host was not
 * called; `refused` the host threw an AppError (an expected failure the user is told about);
 * `unexpected` anything else (a bug), which is logged with its stack.
 */
export type DispatchOutcome = 'ok' | 'invalid' | 'refused' | 'unexpected';

/** The envelope to send back and how the call ended. */
export interface DispatchResult {
  readonly outcome: DispatchOutcome;
  readonly envelope: Envelope<unknown>;
}

/** True when `name` is a method of the contract (own property of the validator table, so never `__proto__`). */
export function isWorkbenchMethod(name: string): name is WorkbenchMethod {
  return Object.hasOwn(workbenchInputs, name);
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.message}`)
    .join('; ')
    .slice(0, 500);
}

/**
 * The one "validate → call → envelope" step of both transports (Electron IPC and HTTP): checks
 * `input` against the method's zod schema (`host:errors.badRequest` with the method and what was
 * wrong, host not called), calls the host with the parsed payload, and wraps the value or the
 * error in an envelope. Never throws. Logs the outcome at debug level (method and duration only,
 * never the payload) and unexpected exceptions at error level with their stack.
 */
export async function dispatch(workbench: WorkbenchApi, method: WorkbenchMethod, input: unknown, logger: Logger = nullLogger): Promise<DispatchResult> {
  const started = Date.now();
  const parsed = workbenchInputs[method].safeParse(input);
  if (!parsed.success) {
    logger.debug('api.invalid', { method });
    return { outcome: 'invalid', envelope: { ok: false, error: { code: 'host:errors.badRequest', details: { method, message: describeIssues(parsed.error.issues) } } } };
  }
  try {
    // The validator for `method` produced this payload, so it matches the method's parameter type.
    const call = workbench[method] as (payload: unknown) => Promise<unknown>;
    const value = await call.call(workbench, parsed.data);
    logger.debug('api.ok', { method, ms: Date.now() - started });
    return { outcome: 'ok', envelope: { ok: true, value } };
  } catch (error) {
    const payload = toErrorPayload(error);
    const envelope: Envelope<unknown> = { ok: false, error: { code: payload.code, details: { ...payload.details } } };
    if (error instanceof AppError) {
      logger.debug('api.refused', { method, code: payload.code, ms: Date.now() - started });
      return { outcome: 'refused', envelope };
    }
    logger.error('api.unexpected', { method, error: error instanceof Error ? error : new Error(String(error)) });
    return { outcome: 'unexpected', envelope };
  }
}
