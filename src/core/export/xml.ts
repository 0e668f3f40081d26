/**
 * XML writing helpers shared by the TMX and XLIFF exporters.
 *
 * Characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, lone
 * surrogates) are never written raw. Inside segment text each exporter writes them as an inline
 * element (XLIFF 2.0 `<cp hex>`, XLIFF 1.2 and TMX `<ph … x-duizhao-cp>HHHH</ph>`). Where no
 * element may appear (notes, props, attribute values) they use the private text escape
 * `\u{HHHH}`; a literal backslash that precedes `u{` is written `\u{5C}` so the escape reverses
 * exactly ({@link unescapePrivate}). A CR is written `&#13;` (and tab/LF in attributes as
 * character references) because XML parsers normalise the raw characters away.
 */

/** Matches one UTF-16 unit XML 1.0 cannot contain. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const DISALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` has a character XML 1.0 cannot contain. */
export function hasDisallowed(text: string): boolean {
  DISALLOWED.lastIndex = 0;
  const found = DISALLOWED.test(text);
  DISALLOWED.lastIndex = 0;
  return found;
}

/** Replaces every character XML 1.0 cannot contain with `replacement` (formats that are read, not re-imported). */
export function replaceDisallowed(text: string, replacement: string): string {
  return text.replace(DISALLOWED, replacement);
}

/** The 4-digit upper-case hex of a UTF-16 unit (the form every control-character escape uses). */
export function hex4(unit: number): string {
  return unit.toString(16).toUpperCase().padStart(4, '0');
}

function escapeAllowed(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/**
 * Escapes segment text for element content: `& < >` and CR as references, and every character
 * XML cannot contain through `element(unit)`, which returns the inline markup standing for it.
 */
export function escapeSegmentText(text: string, element: (unit: number) => string): string {
  if (!hasDisallowed(text)) return escapeAllowed(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(DISALLOWED)) {
    out += escapeAllowed(text.slice(last, match.index)) + element(match[0].charCodeAt(0));
    last = match.index + 1;
  }
  return out + escapeAllowed(text.slice(last));
}

/** Applies the private `\u{HHHH}` escape (see the module comment) to text that cannot hold markup. */
export function escapePrivate(text: string): string {
  if (!text.includes('\\u{') && !hasDisallowed(text)) return text;
  return text.replace(/\\(?=u\{)/g, '\\u{5C}').replace(DISALLOWED, (c) => `\\u{${hex4(c.charCodeAt(0))}}`);
}

/** Reverses {@link escapePrivate}. */
export function unescapePrivate(text: string): string {
  if (!text.includes('\\u{')) return text;
  return text.replace(/\\u\{([0-9A-Fa-f]{1,4})\}/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Element content that cannot hold markup (notes, props): private escape, then XML escape. */
export function escapePlainText(text: string): string {
  return escapeAllowed(escapePrivate(text));
}

/** An attribute value (for double quotes): private escape, XML escape, tab/LF/CR as references. */
export function escapeAttr(text: string): string {
  return escapePrivate(text).replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Makes `text` usable after an `x-` prefix in an XTend-style token: no whitespace, never empty. */
export function tokenize(text: string, fallback: string): string {
  const token = text.trim().replace(/[\s:]+/g, '-');
  return token === '' ? fallback : token;
}
