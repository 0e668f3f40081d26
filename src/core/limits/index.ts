/** Input limits, defined once (see limits.ts) and the AppError that names a passed limit. */
export { LIMITS, type LimitName } from './limits.ts';
export { checkLimit, limitError } from './limit-error.ts';
