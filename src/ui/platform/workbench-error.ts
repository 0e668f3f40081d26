/**
 * A host failure as the UI receives it from either transport: an i18n key plus interpolation
 * values. Components render it with `t(error.code, error.details)`.
 */
export class WorkbenchError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, string | number>>;

  constructor(code: string, details: Record<string, string | number> = {}) {
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
    const e = error as { code: string; details?: Record<string, string | number> };
    return new WorkbenchError(e.code, e.details ?? {});
  }
  return new WorkbenchError('common:errors.unexpected', { message: error instanceof Error ? error.message : String(error) });
}
