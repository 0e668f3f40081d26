import { urlHost } from '../../core/mt/index.ts';
import type { MtSettings } from './mt-store.ts';
import { keyFromEnvironment } from './settings.ts';

/**
 * Where the desktop app keeps MT keys outside every project: Electron's `safeStorage`
 * (electron/main/mt-key-vault.ts). The web host and the CLI have none and use environment variables.
 * Implementations must never log, return in errors, or write a key unencrypted.
 */
export interface MtKeyVault {
  get(slot: string): string | undefined;
  /** Stores `key` under `slot`; '' removes it. `mt:errors.noSecureStorage` when it cannot encrypt. */
  set(slot: string, key: string): void;
  has(slot: string): boolean;
}

/**
 * The vault slot of the settings' key: `deepl` for DeepL (one account, free or pro by its key),
 * `openai-compatible@<host>` otherwise, so OpenAI, DeepSeek and Qwen keys live side by side.
 */
export function keySlot(settings: Pick<MtSettings, 'provider' | 'baseUrl'>): string {
  return settings.provider === 'deepl' ? 'deepl' : `openai-compatible@${urlHost(settings.baseUrl).toLowerCase()}`;
}

/**
 * The key to use: from the environment variable the settings name, when they name one (an unset
 * variable is `mt:errors.noKey`); else from the vault, if the host has one; else none (a local
 * server needs none; a remote one is refused later with `mt:errors.keyNeeded`).
 */
export function resolveKey(settings: MtSettings, env: Readonly<Record<string, string | undefined>>, vault?: MtKeyVault): string | undefined {
  if (settings.apiKeyEnv) return keyFromEnvironment(settings, env);
  return vault?.get(keySlot(settings)) || undefined;
}
