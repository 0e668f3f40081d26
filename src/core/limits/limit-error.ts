import { AppError } from '../model/errors.ts';
import { LIMITS, type LimitName } from './limits.ts';

/**
 * The AppError for input that passes limit `name`: code `limits:errors.<name>`, whose translated
 * message names the limit and its value (`details.limit`). `actual` (how far the input went,
 * when known cheaply) is added for the message; checks stop at the first unit past the limit,
 * so it is often just `limit + 1`.
 */
export function limitError(name: LimitName, actual?: number): AppError {
  return new AppError(`limits:errors.${name}`, { limit: LIMITS[name], ...(actual === undefined ? {} : { actual }) });
}

/** Throws {@link limitError} when `value` is over limit `name`. */
export function checkLimit(name: LimitName, value: number): void {
  if (value > LIMITS[name]) throw limitError(name, value);
}
