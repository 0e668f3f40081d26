import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../src/host/testing/fixtures.ts';

// Electron cannot run here: its safeStorage is replaced by a reversible fake "cipher" whose output
// never contains the plain key, which is all the vault may rely on.
const fakeSafeStorage = {
  available: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable: () => fakeSafeStorage.available,
  getSelectedStorageBackend: () => fakeSafeStorage.backend,
  encryptString: (text: string) => Buffer.from(`enc:${Buffer.from(text).reverse().toString('hex')}`),
  decryptString: (data: Buffer) => {
    const text = data.toString();
    if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice(4), 'hex').reverse().toString();
  },
};
vi.mock('electron', () => ({ safeStorage: fakeSafeStorage }));

const { createSafeStorageVault, encryptsForReal } = await import('./mt-key-vault.ts');

const KEY = 'sk-vault-test-1234567890';
let dir = '';
let cleanup = (): void => {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  fakeSafeStorage.available = true;
  fakeSafeStorage.backend = 'gnome_libsecret';
});
afterEach(() => cleanup());

describe('safeStorage MT key vault', () => {
  it('stores keys encrypted per slot, readable back, never in plain text', () => {
    const file = join(dir, 'user', 'mt-keys.json');
    const vault = createSafeStorageVault(file); // uses the mocked electron.safeStorage
    vault.set('deepl', KEY);
    vault.set('openai-compatible@api.deepseek.com', 'sk-other-999999');
    expect(vault.get('deepl')).toBe(KEY);
    expect(vault.has('openai-compatible@api.deepseek.com')).toBe(true);
    expect(vault.get('openai-compatible@api.openai.com')).toBeUndefined();
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).not.toContain(KEY);
    expect(onDisk).not.toContain('sk-other');
    expect(Object.keys(JSON.parse(onDisk) as object).sort()).toEqual(['deepl', 'openai-compatible@api.deepseek.com']);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    vault.set('deepl', '');
    expect(vault.has('deepl')).toBe(false);
  });

  it('refuses to store a key when safeStorage cannot encrypt, or only with Linux basic_text', () => {
    const vault = createSafeStorageVault(join(dir, 'k.json'));
    fakeSafeStorage.available = false;
    expect(() => vault.set('deepl', KEY)).toThrow(expect.objectContaining({ code: 'mt:errors.noSecureStorage' }));
    fakeSafeStorage.available = true;
    fakeSafeStorage.backend = 'basic_text';
    expect(encryptsForReal(fakeSafeStorage)).toBe(process.platform !== 'linux');
    if (process.platform === 'linux') expect(() => vault.set('deepl', KEY)).toThrow(expect.objectContaining({ code: 'mt:errors.noSecureStorage' }));
  });

  it('treats a key it cannot decrypt as absent', () => {
    const file = join(dir, 'k.json');
    const vault = createSafeStorageVault(file);
    vault.set('deepl', KEY);
    const other = createSafeStorageVault(file, { ...fakeSafeStorage, decryptString: () => { throw new Error('cannot decrypt'); } });
    expect(other.get('deepl')).toBeUndefined();
    expect(other.has('deepl')).toBe(true);
  });
});
