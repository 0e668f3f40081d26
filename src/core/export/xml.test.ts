import { describe, expect, it } from 'vitest';
import { renderInline } from './inline.ts';
import type { InlineDialect } from './inline.ts';
import { escapeAttr, escapePlainText, escapePrivate, unescapePrivate } from './xml.ts';
import { note } from './testing/testkit.ts';

describe('export escaping', () => {
  it('the private escape reverses exactly, including text that looks like an escape', () => {
    for (const text of ['plain', '\u0001\u000b', 'a\\u{41}b', '\\\\u{', 'lone \uD800 x', '\\u{5C}', '\\']) {
      expect(unescapePrivate(escapePrivate(text))).toBe(text);
    }
    expect(escapePrivate('\\u{41}\u0001')).toBe('\\u{5C}u{41}\\u{0001}');
  });
  it('attributes keep tab, LF and CR as references and quotes escaped', () => {
    expect(escapeAttr('a"b\t\n\r<&\u0002')).toBe('a&#34;b&#9;&#10;&#13;&#60;&#38;\\u{0002}');
    expect(escapePlainText('<\u0003')).toBe('&lt;\\u{0003}');
  });
});

const brackets: InlineDialect = { text: (s) => s, open: (a, more) => `[${a.category}${more ? '+' : ''}:`, close: (a) => `:${a.category}]` };

describe('renderInline', () => {
  it('nests contained annotations and splits overlapping ones', () => {
    const text = 'abcdefgh';
    expect(renderInline(text, [note('source', 1, 6, 'x'), note('source', 2, 4, 'y')], brackets)).toBe('a[x:b[y:cd:y]ef:x]gh');
    expect(renderInline(text, [note('source', 1, 4, 'x'), note('source', 2, 6, 'y')], brackets)).toBe('a[x:b[y:cd:y]:x][y+:ef:y]gh');
  });
  it('clips annotations to the rendered range and renders empty ones in place', () => {
    expect(renderInline('abcdef', [note('source', 1, 5, 'x')], brackets, 3, 6)).toBe('[x:de:x]f');
    expect(renderInline('abc', [note('source', 1, 1, 'e')], brackets)).toBe('a[e::e]bc');
  });
});
