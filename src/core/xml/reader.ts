/**
 * The one XML reader for untrusted input (glossaries, re-imported translation files, DOCX parts).
 * It refuses every DTD feature that can expand or fetch anything: an `<!ENTITY` declaration or a
 * DOCTYPE with an internal subset is a `doctype` failure (XXE, billion laughs), a DOCTYPE that
 * only names an external DTD is blanked out without loading it, and fast-xml-parser runs with
 * entity processing off; {@link decodeXmlEntities} decodes the predefined entities and character
 * references itself and refuses any other entity. Line ends and attribute whitespace are
 * normalised as XML 1.0 prescribes, so `&#13;`, `&#9;` and `&#10;` survive as written. The tree
 * keeps document order, so mixed content (XLIFF inline markup, OOXML runs) reads correctly.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { XmlFailureHandler } from './errors.ts';
import { decodeXmlEntities } from './escape.ts';

/** An element of the parsed tree; `local` is `name` without its namespace prefix. Attributes are decoded. */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child node: an element or decoded character data (CDATA included, as written). */
export type XmlNode = XmlElement | string;

type RawNode = Record<string, unknown>;

function convert(raw: RawNode, fail: XmlFailureHandler): XmlNode | undefined {
  if ('#text' in raw) return decodeXmlEntities(String(raw['#text']), fail);
  if ('#cdata' in raw) {
    const inner = raw['#cdata'];
    return Array.isArray(inner) ? inner.map((n: RawNode) => String(n['#text'] ?? '')).join('') : '';
  }
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (name === undefined) return undefined;
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = decodeXmlEntities(String(value).replace(/[\t\n]/g, ' '), fail);
  const children: XmlNode[] = [];
  for (const kid of (raw[name] ?? []) as RawNode[]) {
    const node = convert(kid, fail);
    if (node !== undefined) children.push(node);
  }
  return { name, local: name.slice(name.indexOf(':') + 1), attrs, children };
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  commentPropName: false,
});

/**
 * Parses untrusted XML (a leading BOM is ignored) and returns the root element. Every refusal
 * goes through `fail`, whose AppError is thrown: `doctype` for DTD internal subsets and entity
 * declarations, `entity` for references to undefined entities, `malformed` (with line and
 * message) for anything that is not well-formed or has no root element. See {@link xmlErrors}.
 */
export function parseXmlSafely(xml: string, fail: XmlFailureHandler): XmlElement {
  let text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  if (/<!ENTITY/i.test(text)) throw fail({ kind: 'doctype' });
  const doctype = /<!DOCTYPE[^>[]*(\[)?[^>]*>/i.exec(text);
  if (doctype?.[1] !== undefined || (doctype === null && /<!DOCTYPE[^>[]*\[/i.test(text))) throw fail({ kind: 'doctype' });
  // Blanked rather than removed, so line numbers in error messages still match the input.
  if (doctype !== null) text = text.slice(0, doctype.index) + doctype[0].replace(/[^\n]/g, ' ') + text.slice(doctype.index + doctype[0].length);
  text = text.replace(/\r\n?/g, '\n');
  const check = XMLValidator.validate(text);
  if (check !== true) throw fail({ kind: 'malformed', line: check.err.line, message: check.err.msg });
  let raw: unknown;
  try {
    raw = parser.parse(text);
  } catch (error) {
    throw fail({ kind: 'malformed', line: 0, message: error instanceof Error ? error.message : String(error) });
  }
  const root = (raw as RawNode[]).map((n) => convert(n, fail)).find((n): n is XmlElement => typeof n === 'object');
  if (!root) throw fail({ kind: 'malformed', line: 0, message: 'no root element' });
  return root;
}
