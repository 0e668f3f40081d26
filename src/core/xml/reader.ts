/**
 * The one XML reader for untrusted input (glossaries, re-imported translation files, DOCX parts).
 * It refuses every DTD feature that can expand or fetch anything: an `<!ENTITY` declaration or a
 * DOCTYPE with an internal subset is a `doctype` failure (XXE, billion laughs), a DOCTYPE that
 * only names an external DTD is blanked out without loading it, and nothing expands entities:
 * {@link decodeXmlEntities} decodes the predefined entities and character
 * references itself and refuses any other entity. Line ends and attribute whitespace are
 * normalised as XML 1.0 prescribes, so `&#13;`, `&#9;` and `&#10;` survive as written. The tree
 * keeps document order, so mixed content (XLIFF inline markup, OOXML runs) reads correctly.
 * Size, depth and unit counts are bounded by a linear pre-scan ({@link prescanXml}) first.
 */
import type { XmlFailureHandler } from './errors.ts';
import { parseTree } from './parse-tree.ts';
import { prescanXml } from './prescan.ts';

/** An element of the parsed tree; `local` is `name` without its namespace prefix. Attributes are decoded. */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child node: an element or decoded character data (CDATA included, as written). */
export type XmlNode = XmlElement | string;

/**
 * Parses untrusted XML (a leading BOM is ignored) and returns the root element. Every refusal
 * goes through `fail`, whose AppError is thrown: `doctype` for DTD internal subsets and entity
 * declarations, `entity` for references to undefined entities, `malformed` (with line and
 * message) for anything that is not well-formed or has no root element. See {@link xmlErrors}.
 */
export function parseXmlSafely(xml: string, fail: XmlFailureHandler): XmlElement {
  let text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  if (/<!ENTITY/i.test(text)) throw fail({ kind: 'doctype' });
  text = text.replace(/\r\n?/g, '\n');
  const { doctype } = prescanXml(text);
  if (doctype?.internalSubset) throw fail({ kind: 'doctype' });
  // Blanked rather than removed, so line numbers in error messages still match the input.
  if (doctype !== null && doctype.end > 0) {
    text = text.slice(0, doctype.start) + text.slice(doctype.start, doctype.end).replace(/[^\n]/g, ' ') + text.slice(doctype.end);
  }
  return parseTree(text, fail);
}
