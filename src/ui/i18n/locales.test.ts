import { describe, expect, it } from 'vitest';
import { bundledResources } from './index.ts';
import { LOCALE_NAMESPACES } from '../../core/i18n/keys.ts';

// Every UI string exists in both languages, with the same placeholders, so switching language
// never shows a raw key or drops a number from a sentence.
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, String(value));
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
// i18next plural suffixes differ by language (zh has only _other); compare on the base key.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales', () => {
  const resources = bundledResources();
  const en = resources.en ?? {};
  const zh = resources['zh-CN'] ?? {};

  it('are all registered for typed keys (src/core/i18n/keys.ts), so every AppError code and t() key is checked', () => {
    expect([...LOCALE_NAMESPACES].sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same namespaces in en and zh-CN', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en)).toContain('common');
  });

  for (const ns of Object.keys(en)) {
    it(`${ns}: every key exists in both languages with the same placeholders`, () => {
      const a = flatten(en[ns]);
      const b = flatten(zh[ns]);
      expect([...new Set([...b.keys()].map(base))].sort()).toEqual([...new Set([...a.keys()].map(base))].sort());
      for (const [key, text] of a) {
        const other = b.get(key) ?? b.get(`${base(key)}_other`);
        if (other === undefined) continue;
        expect(placeholders(other), `${ns}:${key}`).toEqual(placeholders(text));
        expect(other.trim(), `${ns}:${key}`).not.toBe('');
      }
    });
  }
});
