import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../model/errors.ts';

/**
 * Hostile-input-safe XML reading for glossary files. A DOCTYPE with an internal subset (where
 * entities are declared: billion laughs, XXE) is refused before parsing; a DOCTYPE without one
 * (TBX v2's `<!DOCTYPE martif SYSTEM "…dtd">`) is blanked out and never fetched. The parser
 * runs with entity processing off; only the five predefined entities and character references
 * are decoded, by {@link decodeXmlText}.
 */

/** An element of the ordered tree: name, attributes (decoded) and children in document order. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child node: an element or a run of decoded text. */
export type XmlNode = XmlElement | string;

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined entities and numeric character references; other `&name;` stay as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Parses `xml` into an ordered element tree (the root element is returned). Throws AppError
 * `glossary:errors.xmlEntities` for DTD internal subsets / entity declarations and
 * `glossary:errors.xmlMalformed` (with line and message) for input that is not well-formed.
 */
export function parseXmlSafely(xml: string): XmlElement {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (/<!ENTITY/i.test(text)) throw new AppError('glossary:errors.xmlEntities');
  const doctype = /<!DOCTYPE[^>[]*(\[)?[^>]*>/i.exec(text);
  if (doctype !== null && doctype[1] !== undefined) throw new AppError('glossary:errors.xmlEntities');
  const cleaned = doctype === null ? text : text.slice(0, doctype.index) + ' '.repeat(doctype[0].length) + text.slice(doctype.index + doctype[0].length);
  const valid = XMLValidator.validate(cleaned, { allowBooleanAttributes: false });
  if (valid !== true) {
    throw new AppError('glossary:errors.xmlMalformed', { line: valid.err.line, message: valid.err.msg });
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
  });
  const tree = parser.parse(cleaned) as unknown[];
  const root = tree.map(toNode).find((n): n is XmlElement => typeof n !== 'string');
  if (root === undefined) throw new AppError('glossary:errors.xmlMalformed', { line: 1, message: 'no root element' });
  return root;
}

function toNode(raw: unknown): XmlNode {
  const record = raw as Record<string, unknown>;
  if ('#text' in record) return decodeXmlText(String(record['#text']));
  const name = Object.keys(record).find((k) => k !== ':@') ?? '';
  const attrsRaw = (record[':@'] ?? {}) as Record<string, unknown>;
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrsRaw)) attributes[k] = decodeXmlText(String(v));
  const kids = (record[name] ?? []) as unknown[];
  return { name, attributes, children: kids.map(toNode) };
}

/** Element children of `node`, optionally only those named `name` (namespace prefix ignored). */
export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || localName(c.name) === name),
  );
}

/** The element name without a namespace prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** All text inside `node`, markup removed, in document order. */
export function textContent(node: XmlElement): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
