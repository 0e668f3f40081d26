/** Values that may be interpolated into a translated error message. */
export type ErrorDetails = Readonly<Record<string, string | number>>;

/**
 * An expected failure the user must be told about: bad input, a locked project, a full disk.
 * `code` is an i18n key under `errors.` in locales/ and `details` fills its placeholders, so the
 * same error reads correctly in every UI language and crosses IPC/HTTP as plain JSON.
 * Programming mistakes stay ordinary exceptions.
 */
export class AppError extends Error {
  readonly code: string;
  readonly details: ErrorDetails;

  constructor(code: string, details: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** The JSON shape of an {@link AppError} at a transport boundary. */
export interface ErrorPayload {
  readonly code: string;
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

/** Turns anything thrown into an {@link ErrorPayload}; unknown errors become `errors.internal`. */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof AppError) return { code: error.code, details: error.details };
  if (isStackOverflow(error)) return { code: 'limits:errors.tooComplex', details: {} };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'errors.internal', details: { message } };
}
