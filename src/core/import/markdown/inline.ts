import type { DroppedLine } from '../../model/index.ts';

// Every pattern below stops at the next delimiter of its own kind ([^*], [^\[\]] …), so each scan is
// short and a paragraph full of unmatched markers stays linear instead of backtracking to the end.
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const IMAGE = /!\[([^[\]]*)\]\(([^()]*)\)|!\[([^[\]]*)\]\[[^[\]]*\]/g;
const LINK = /\[([^[\]]*)\]\([^()]*\)/g;
const REFERENCE_LINK = /\[([^[\]]+)\]\[[^[\]]*\]/g;
const FOOTNOTE_MARK = /\[\^[^[\]\s]+\]/g;
const AUTOLINK = /<((?:https?|mailto|ftp):[^<>\s]+)>/gi;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const STRONG_STAR = /\*\*(?=[^\s*])([^*]*?[^\s*])\*\*/g;
const STRONG_UNDERSCORE = /__(?=[^\s_])([^_]*?[^\s_])__/g;
const STRIKE = /~~(?=[^\s~])([^~]*?[^\s~])~~/g;
const EM_STAR = /(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g;
const EM_UNDERSCORE = /(^|[^\w_])_(?=[^\s_])([^_]*?[^\s_])_(?![\w_])/g;
const ENTITY = /&(nbsp|amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;

const NAMED: Readonly<Record<string, string>> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function safeCodePoint(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

function decodeEntity(entity: string): string {
  const lower = entity.toLowerCase();
  if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16));
  if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10));
  return NAMED[lower] ?? `&${entity};`;
}

/** Removes `<!-- … -->` comments with indexOf (a lazy regex would rescan to the end per opener). */
function removeComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(at, open);
    at = close + 3;
  }
  return out + text.slice(at);
}

function stripEmphasis(text: string): string {
  return text
    .replace(STRONG_STAR, '$1')
    .replace(STRONG_UNDERSCORE, '$1')
    .replace(STRIKE, '$1')
    .replace(EM_STAR, '$1$2')
    .replace(EM_UNDERSCORE, '$1$2');
}

/**
 * Removes Markdown inline markup from one paragraph's text and returns the plain text. Images
 * are reported to `dropped` (reason `markup`); links keep their text; code spans keep their
 * content verbatim; emphasis, strike-through, footnote marks and inline HTML tags disappear;
 * backslash escapes and common entities are resolved. Linear in the length of the text.
 */
export function stripInline(source: string, dropped: DroppedLine[]): string {
  // Code spans and escapes first, parked behind Unicode noncharacters (never in real text) so the
  // other rules cannot touch them.
  const spans: string[] = [];
  let text = source.replace(CODE_SPAN, (_match, _ticks: string, code: string) => {
    spans.push(code.replace(/^ (.*) $/s, '$1'));
    return `\ufdd0${spans.length - 1}\ufdd0`;
  });
  text = text.replace(ESCAPE, (_match, ch: string) => `\ufdd1${ch.codePointAt(0) ?? 0}\ufdd1`);
  text = text.replace(IMAGE, (_match, alt?: string, url?: string, refAlt?: string) => {
    dropped.push({ reason: 'markup', text: (alt ?? refAlt ?? '').trim() || (url ?? '').trim() });
    return '';
  });
  text = removeComments(text)
    .replace(FOOTNOTE_MARK, '')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(TAG, '');
  // Twice, so an inner emphasis removed on the first pass frees the outer one (**a *b* c**).
  text = stripEmphasis(stripEmphasis(text)).replace(ENTITY, (_match, entity: string) => decodeEntity(entity));
  return text
    .replace(/\ufdd1(\d+)\ufdd1/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\ufdd0(\d+)\ufdd0/g, (_match, index: string) => spans[Number(index)] ?? '');
}
