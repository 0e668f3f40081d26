/**
 * Escaping and unescaping for XML 1.0 text. Writers escape `& < >` and CR (a raw CR would be
 * normalised away by every reader, see {@link parseXmlSafely}); attribute values additionally
 * keep `"`, tab and LF as character references for the same reason. Characters XML 1.0 cannot
 * carry at all (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF, lone surrogates) are found
 * with {@link hasDisallowed}; what replaces them is each format's choice.
 */
import type { XmlFailureHandler } from './errors.ts';

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

/**
 * Replaces every character XML 1.0 cannot contain (one UTF-16 unit at a time) with
 * `replacement`, or with what it returns for that unit.
 */
export function replaceDisallowed(text: string, replacement: string | ((unit: string) => string)): string {
  return typeof replacement === 'string' ? text.replace(DISALLOWED, replacement) : text.replace(DISALLOWED, replacement);
}

function escapeAllowed(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/**
 * Escapes text for element content: `& < >` as entities, CR as `&#13;`. When `disallowed` is
 * given, each character XML cannot contain is replaced by what it returns for the UTF-16 unit
 * (inline markup, U+FFFD, …); without it such characters pass through, so the caller must have
 * removed them.
 */
export function escapeXmlText(text: string, disallowed?: (unit: number) => string): string {
  if (disallowed === undefined || !hasDisallowed(text)) return escapeAllowed(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(DISALLOWED)) {
    out += escapeAllowed(text.slice(last, match.index)) + disallowed(match[0].charCodeAt(0));
    last = match.index + 1;
  }
  return out + escapeAllowed(text.slice(last));
}

/**
 * Escapes a double-quoted attribute value: `& < > "`, tab, LF and CR as numeric character
 * references (readers normalise raw tab/LF/CR in attributes to spaces). Disallowed characters
 * pass through unchanged.
 */
export function escapeXmlAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and character references. Anything else is refused
 * through `fail`: a named entity XML does not predefine (`entity`, never looked up anywhere), an
 * `&` that starts no reference, or a reference to a code point that is not a Unicode scalar
 * value (`malformed`, line 0).
 */
export function decodeXmlEntities(text: string, fail: XmlFailureHandler): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[^\s&;<>"']+)?(;?)/g, (whole, ref: string | undefined, semi: string) => {
    if (ref === undefined || semi === '') throw fail({ kind: 'malformed', line: 0, message: `bare & in "${whole}"` });
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
        throw fail({ kind: 'malformed', line: 0, message: `bad reference &${ref};` });
      }
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw fail({ kind: 'entity', name: ref });
    return value;
  });
}
