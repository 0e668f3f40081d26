import type { I18nKey } from '../../core/i18n/keys.ts';

/**
 * A host failure as the UI receives it from either transport: an i18n key plus interpolation
 * values. Components render it with `t(error.code, error.details)`. A code that crossed a
 * transport is typed by the contract's envelope; whether this build has the string is checked
 * where it is shown (ErrorBanner falls back to `common:errors.unexpected`).
 */
export class WorkbenchError extends Error {
  readonly code: I18nKey;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: I18nKey, details: Record<string, string | number> = {}) {
    super(code);
    this.name = 'WorkbenchError';
    this.code = code;
    this.details = details;
  }
}

/** Normalises anything thrown by an API call into a {@link WorkbenchError}. */
export function asWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    // Thrown by a transport from an envelope, whose code the contract types as an I18nKey.
    const e = error as { code: I18nKey; details?: Record<string, string | number> };
    return new WorkbenchError(e.code, e.details ?? {});
  }
  return new WorkbenchError('common:errors.unexpected', { message: error instanceof Error ? error.message : String(error) });
}
