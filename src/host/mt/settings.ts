import { AppError } from '../../core/model/index.ts';
import { deeplUrlForKey, isLoopbackUrl, isMtProviderId, mtProvider, urlHost, type MtEndpoint, type MtProviderId } from '../../core/mt/index.ts';
import type { MtSettings } from './mt-store.ts';

/** Settings given for one run (CLI flags, a dialog); unset fields fall back to the saved ones. */
export type MtSettingsInput = Partial<MtSettings>;

/** Environment-variable names Duizhao accepts for a key: POSIX shell names. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u;

/**
 * Merges `input` over `saved` and validates the result: a known provider, an http(s) base URL
 * (required for openai-compatible; DeepL defaults by key), a valid variable NAME, concurrency 1–32.
 * Errors are `mt:errors.*`. A value given as the variable name that is not a name (someone pasting
 * the key itself) is refused WITHOUT echoing it.
 */
export function resolveSettings(input: MtSettingsInput, saved: MtSettings | undefined): MtSettings {
  const provider = input.provider ?? saved?.provider;
  if (!isMtProviderId(provider)) throw new AppError('mt:errors.noProvider');
  const sameProvider = saved?.provider === provider;
  const pick = <K extends keyof MtSettings>(key: K, fallback: MtSettings[K]): MtSettings[K] => input[key] ?? (sameProvider ? saved?.[key] : undefined) ?? fallback;
  const settings: MtSettings = {
    provider,
    baseUrl: pick('baseUrl', '').trim(),
    model: pick('model', '').trim(),
    apiKeyEnv: pick('apiKeyEnv', '').trim(),
    styleNotes: input.styleNotes ?? saved?.styleNotes ?? '',
    concurrency: pick('concurrency', 4),
  };
  if (settings.baseUrl && !/^https?:\/\/[^/\s]+/iu.test(settings.baseUrl)) throw new AppError('mt:errors.badUrl', { url: settings.baseUrl.slice(0, 200) });
  if (!settings.baseUrl && provider === 'openai-compatible') throw new AppError('mt:errors.baseUrlNeeded', { provider: mtProvider(provider).label });
  if (settings.apiKeyEnv && !ENV_NAME.test(settings.apiKeyEnv)) throw new AppError('mt:errors.badKeyVariable');
  if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1 || settings.concurrency > 32) {
    throw new AppError('mt:errors.badConcurrency', { value: String(settings.concurrency).slice(0, 20) });
  }
  return settings;
}

/**
 * Reads the key named by `settings.apiKeyEnv` from `env`. No variable named: no key (fine for a
 * local server, refused later for a remote one). A named but unset or empty variable is
 * `mt:errors.noKey`, naming the variable and the provider, never a value.
 */
export function keyFromEnvironment(settings: MtSettings, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (!settings.apiKeyEnv) return undefined;
  const value = env[settings.apiKeyEnv]?.trim();
  if (!value) throw new AppError('mt:errors.noKey', { provider: mtProvider(settings.provider).label, variable: settings.apiKeyEnv });
  return value;
}

/** An endpoint ready to call: where, with which key, and the name used in messages. */
export interface ResolvedEndpoint {
  readonly endpoint: MtEndpoint;
  readonly key: string | undefined;
  /** "DeepL (api-free.deepl.com)", "OpenAI-compatible (127.0.0.1:11434)". */
  readonly name: string;
  readonly host: string;
}

/**
 * Turns settings and a key into a callable endpoint. DeepL without a base URL uses the free or pro
 * host by the key's `:fx` suffix. A remote (non-loopback) server needs a key (`mt:errors.keyNeeded`),
 * and a key is only ever sent over https or to a loopback server (`mt:errors.insecureUrl`).
 */
export function resolveEndpoint(settings: MtSettings, key: string | undefined): ResolvedEndpoint {
  const provider: MtProviderId = settings.provider;
  const label = mtProvider(provider).label;
  const baseUrl = settings.baseUrl || (provider === 'deepl' && key ? deeplUrlForKey(key) : '');
  if (!baseUrl) throw new AppError('mt:errors.keyNeeded', { provider: label });
  const host = urlHost(baseUrl);
  const name = `${label} (${host})`;
  const local = isLoopbackUrl(baseUrl);
  if (!key && !local) throw new AppError('mt:errors.keyNeeded', { provider: name });
  if (key && !local && !/^https:/iu.test(baseUrl)) throw new AppError('mt:errors.insecureUrl', { provider: name });
  return { endpoint: { provider, baseUrl, model: settings.model }, key, name, host };
}
