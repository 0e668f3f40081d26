/**
 * A linear pre-scan of untrusted XML that runs before any tree is built, so that hostile
 * documents are refused in time proportional to their size and before memory grows with them:
 * nesting deeper than {@link LIMITS.nestingDepth}, more unit-like elements (TMX `tu`, XLIFF
 * `trans-unit`/`unit`, TBX `termEntry`/`conceptEntry`, OOXML `p`) than {@link LIMITS.units}, and
 * one run of character data longer than {@link LIMITS.targetChars}. It also locates the DOCTYPE
 * (by `indexOf`, never by a backtracking regex). Every construct is skipped with `indexOf`, so
 * an unclosed comment, CDATA section or tag costs one pass, not one pass per start position.
 */
import { LIMITS, limitError } from '../limits/index.ts';

/** Where the DOCTYPE declaration is, and whether it has an internal subset (`[`). */
export interface DoctypeSpan {
  readonly start: number;
  /** Index just past its closing `>`; -1 when it is never closed. */
  readonly end: number;
  readonly internalSubset: boolean;
}

/** What the pre-scan found; refusals are thrown, see {@link prescanXml}. */
export interface XmlPrescan {
  readonly doctype: DoctypeSpan | null;
}

const UNIT_ELEMENTS = new Set(['tu', 'trans-unit', 'unit', 'termEntry', 'conceptEntry', 'p']);
const GT = 0x3e;

/** Finds the DOCTYPE, if any, in one pass from `from` (case-insensitive keyword). */
function findDoctype(xml: string, from: number): DoctypeSpan {
  for (let i = from + 9; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x5b) return { start: from, end: -1, internalSubset: true };
    if (c === GT) return { start: from, end: i + 1, internalSubset: false };
  }
  return { start: from, end: -1, internalSubset: false };
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === GT || c === 0x2f;
}

/** Index of the `>` that closes a start tag opened at `at`, skipping quoted attribute values; -1 if none. */
function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === GT) return i;
  }
  return -1;
}

/**
 * Scans `xml` once. Throws `limits:errors.nestingDepth`, `limits:errors.units` or
 * `limits:errors.targetChars` (see {@link limitError}) as soon as a limit is passed; malformed
 * markup is left to the parser, which reports it with a line number (the scan just stops).
 */
export function prescanXml(xml: string): XmlPrescan {
  let doctype: DoctypeSpan | null = null;
  let depth = 0;
  let units = 0;
  let textStart = 0;
  let i = xml.indexOf('<');
  while (i >= 0) {
    if (i - textStart > LIMITS.targetChars) throw limitError('targetChars', i - textStart);
    const next = xml.charCodeAt(i + 1);
    let end: number;
    if (next === 0x2f) {
      end = xml.indexOf('>', i);
      depth--;
    } else if (next === 0x3f) {
      end = xml.indexOf('?>', i);
      if (end >= 0) end++;
    } else if (next === 0x21) {
      if (xml.startsWith('<!--', i)) {
        end = xml.indexOf('-->', i + 4);
        if (end >= 0) end += 2;
      } else if (xml.startsWith('<![CDATA[', i)) {
        end = xml.indexOf(']]>', i + 9);
        if (end - i > LIMITS.targetChars) throw limitError('targetChars', end - i);
        if (end >= 0) end += 2;
      } else if (doctype === null && xml.slice(i + 2, i + 9).toUpperCase() === 'DOCTYPE') {
        doctype = findDoctype(xml, i);
        if (doctype.internalSubset) return { doctype };
        end = doctype.end - 1;
      } else {
        end = xml.indexOf('>', i);
      }
    } else {
      end = tagEnd(xml, i);
      if (end < 0) break;
      let nameEnd = i + 1;
      while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = xml.slice(i + 1, nameEnd);
      const local = name.slice(name.indexOf(':') + 1);
      if (UNIT_ELEMENTS.has(local) && ++units > LIMITS.units) throw limitError('units', units);
      if (xml.charCodeAt(end - 1) !== 0x2f && ++depth > LIMITS.nestingDepth) throw limitError('nestingDepth', depth);
    }
    if (end < 0) break;
    textStart = end + 1;
    i = xml.indexOf('<', textStart);
  }
  if (i < 0 && xml.length - textStart > LIMITS.targetChars) throw limitError('targetChars', xml.length - textStart);
  return { doctype };
}
