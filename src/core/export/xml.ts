/**
 * XML writing conventions shared by the TMX and XLIFF exporters, on top of the plain XML 1.0
 * escaping in core/xml/escape.ts.
 *
 * Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, lone
 * surrogates) are never written raw. Inside segment text each exporter writes them as an inline
 * element (XLIFF 2.0 `<cp hex>`, XLIFF 1.2 and TMX `<ph … x-duizhao-cp>HHHH</ph>`). Where no
 * element may appear (notes, props, attribute values) they use the private text escape
 * `\u{HHHH}`; a literal backslash that precedes `u{` is written `\u{5C}` so the escape reverses
 * exactly ({@link unescapePrivate}). A CR is written `&#13;` (and tab/LF in attributes as
 * character references) because XML parsers normalise the raw characters away.
 */
import { escapeXmlAttr, escapeXmlText, hasDisallowed, replaceDisallowed } from '../xml/escape.ts';

/** The 4-digit upper-case hex of a UTF-16 unit (the form every control-character escape uses). */
export function hex4(unit: number): string {
  return unit.toString(16).toUpperCase().padStart(4, '0');
}

/** Applies the private `\u{HHHH}` escape (see the module comment) to text that cannot hold markup. */
export function escapePrivate(text: string): string {
  if (!text.includes('\\u{') && !hasDisallowed(text)) return text;
  return replaceDisallowed(text.replace(/\\(?=u\{)/g, '\\u{5C}'), (c) => `\\u{${hex4(c.charCodeAt(0))}}`);
}

/** Reverses {@link escapePrivate}. */
export function unescapePrivate(text: string): string {
  if (!text.includes('\\u{')) return text;
  return text.replace(/\\u\{([0-9A-Fa-f]{1,4})\}/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Element content that cannot hold markup (notes, props): private escape, then XML escape. */
export function escapePlainText(text: string): string {
  return escapeXmlText(escapePrivate(text));
}

/** An attribute value (for double quotes): private escape, XML escape, tab/LF/CR as references. */
export function escapeAttr(text: string): string {
  return escapeXmlAttr(escapePrivate(text));
}

/** Makes `text` usable after an `x-` prefix in an XTend-style token: no whitespace, never empty. */
export function tokenize(text: string, fallback: string): string {
  const token = text.trim().replace(/[\s:]+/g, '-');
  return token === '' ? fallback : token;
}
