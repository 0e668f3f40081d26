// MT keys in the desktop app: encrypted with Electron's safeStorage (Keychain on macOS, DPAPI on
// Windows, the Secret Service / KWallet on Linux) and kept in one file in the user-data folder,
// never in a project. Tested under Node with `electron` mocked (Electron cannot run here).
import { safeStorage } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../src/core/model/index.ts';
import type { MtKeyVault } from '../../src/host/mt/index.ts';

/** The part of Electron's `safeStorage` the vault uses (so tests can pass a fake). */
export type SafeStorageLike = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

/**
 * True when `storage` really encrypts: available, and on Linux not the `basic_text` backend
 * (a hard-coded password, i.e. no protection), which Duizhao refuses to call secure.
 */
export function encryptsForReal(storage: SafeStorageLike): boolean {
  if (!storage.isEncryptionAvailable()) return false;
  const backend = process.platform === 'linux' ? storage.getSelectedStorageBackend?.() : undefined;
  return backend !== 'basic_text';
}

function readSlots(file: string): Record<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
  } catch {
    return {}; // no file yet, or unreadable: no stored keys
  }
}

/**
 * A key vault in `file` (JSON: slot → base64 of the safeStorage ciphertext), written atomically
 * with mode 0600. `set` refuses with `mt:errors.noSecureStorage` when safeStorage cannot encrypt
 * (never falling back to plain text); `get` returns undefined for a key it cannot decrypt (e.g. a
 * file copied from another user), so the user is asked for it again rather than shown an error.
 */
export function createSafeStorageVault(file: string, storage: SafeStorageLike = safeStorage): MtKeyVault {
  const write = (slots: Record<string, string>): void => {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.tmp`;
    writeFileSync(temp, `${JSON.stringify(slots, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, file);
  };
  return {
    get(slot) {
      const sealed = readSlots(file)[slot];
      if (!sealed || !storage.isEncryptionAvailable()) return undefined;
      try {
        return storage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return undefined;
      }
    },
    has(slot) {
      return typeof readSlots(file)[slot] === 'string';
    },
    set(slot, key) {
      const slots = readSlots(file);
      if (!key) {
        delete slots[slot];
        write(slots);
        return;
      }
      if (!encryptsForReal(storage)) throw new AppError('mt:errors.noSecureStorage');
      slots[slot] = storage.encryptString(key).toString('base64');
      write(slots);
    },
  };
}
