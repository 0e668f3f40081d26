import type { I18nKey } from '../i18n/keys.ts';

/** Values that may be interpolated into a translated error message. */
export type ErrorDetails = Readonly<Record<string, string | number>>;

/**
 * An expected failure the user must be told about: bad input, a locked project, a full disk.
 * `code` is an i18n key that exists in locales/en (checked at compile time) and `details` fills its placeholders, so the
 * same error reads correctly in every UI language and crosses IPC/HTTP as plain JSON.
 * Programming mistakes stay ordinary exceptions.
 */
export class AppError extends Error {
  readonly code: I18nKey;
  readonly details: ErrorDetails;

  constructor(code: I18nKey, details: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** The JSON shape of an {@link AppError} at a transport boundary. */
export interface ErrorPayload {
  readonly code: I18nKey;
  readonly details: ErrorDetails;
}

/**
 * True for V8's "Maximum call stack size exceeded". Input limits should stop every such case
 * first; this is the last line, so that a structure no limit foresaw is reported as too complex
 * (`limits:errors.tooComplex`) rather than as an internal error.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack size/u.test(error.message);
}

/** Turns anything thrown into an {@link ErrorPayload}; unknown errors become `common:errors.internal`. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof AppError) return { code: error.code, details: error.details };
  if (isStackOverflow(error)) return { code: 'limits:errors.tooComplex', details: {} };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'common:errors.internal', details: { message } };
}
