import { describe, expect, it } from 'vitest';
import { AppError } from '../model/errors.ts';
import { xmlErrors } from './errors.ts';
import { decodeXmlEntities, escapeXmlAttr, escapeXmlText, hasDisallowed, replaceDisallowed } from './escape.ts';

const fail = xmlErrors({ doctype: 'glossary:errors.tbxNotTbx', entity: 'export:errors.notXliff', malformed: 'export:errors.notTmx' });

function errorOf(run: () => unknown): { code: string; details: unknown } | string {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, details: error.details } : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

describe('XML escaping', () => {
  it('escapes markup and CR, and hands disallowed characters to the element writer', () => {
    expect(escapeXmlText('a<b>&c\r\u0001𠮷\uDC00', (u) => `[${u.toString(16)}]`)).toBe('a&lt;b&gt;&amp;c&#13;[1]𠮷[dc00]');
  });
  it('leaves quotes and disallowed characters alone in content when no writer is given', () => {
    expect(escapeXmlText('"x" & \u0001')).toBe('"x" &amp; \u0001');
  });
  it('writes attribute specials, tab, LF and CR as numeric references', () => {
    expect(escapeXmlAttr('a"b\t\n\r<&>')).toBe('a&#34;b&#9;&#10;&#13;&#60;&#38;&#62;');
  });
  it('knows which characters XML 1.0 cannot carry', () => {
    expect(['\u0000', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff'].every(hasDisallowed)).toBe(true);
    expect(['\t\n\r', 'abc', '𠮷', '\u007f', '\ufffd'].some(hasDisallowed)).toBe(false);
    expect(replaceDisallowed('a\u0002b\uD800', '?')).toBe('a?b?');
    expect(replaceDisallowed('a\u0002b', (c) => `<${c.charCodeAt(0)}>`)).toBe('a<2>b');
  });
});

describe('decodeXmlEntities', () => {
  it('decodes the predefined entities and character references', () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos; &#x4E2D;&#25991; &#x20BB7;&#13;', fail)).toBe('<>&"\' 中文 𠮷\r');
  });
  it('reverses every escape the writers produce', () => {
    const text = 'a<b>&"c"\r\t\n 甲';
    expect(decodeXmlEntities(escapeXmlText(text), fail)).toBe(text);
    expect(decodeXmlEntities(escapeXmlAttr(text), fail)).toBe(text);
  });
  it('refuses undefined entities by name instead of passing them through', () => {
    expect(errorOf(() => decodeXmlEntities('x &xxe; y', fail))).toEqual({ code: 'export:errors.notXliff', details: { name: 'xxe' } });
    expect(errorOf(() => decodeXmlEntities('&nbsp;', fail))).toEqual({ code: 'export:errors.notXliff', details: { name: 'nbsp' } });
  });
  it('refuses bare ampersands and references to non-characters as malformed', () => {
    for (const text of ['a & b', '&amp', '&#0;', '&#xD800;', '&#x110000;']) {
      expect(errorOf(() => decodeXmlEntities(text, fail))).toMatchObject({ code: 'export:errors.notTmx' });
    }
  });
});
