/**
 * Machine translation on the host: the HTTP client (retries, backoff, timeouts, translated errors
 * naming the provider), the concurrency limit, the project's MT tables (settings, cache, origins),
 * settings and key resolution, and the pre-translation run over MT units (blocks today).
 */
export { createLimiter, type Limiter } from './limiter.ts';
export { redact, failureError, isFatalMtError } from './errors.ts';
export { DEFAULT_HTTP_OPTIONS, backoffMs, retryAfterMs, sendMtCall, type MtHttpOptions, type MtTarget } from './http.ts';
export { MtStore, type MtOrigin, type MtSettings } from './mt-store.ts';
export { keyFromEnvironment, resolveEndpoint, resolveSettings, type MtSettingsInput, type ResolvedEndpoint } from './settings.ts';
export { blockUnits, type BlockUnitOptions, type MtUnit, type MtUnitSource } from './units.ts';
export { pretranslate, type PretranslateFailure, type PretranslateOptions, type PretranslateReport } from './pretranslate.ts';
export { keySlot, resolveKey, type MtKeyVault } from './keys.ts';
export { mtMethods, type MtHostOptions } from './mt-methods.ts';
