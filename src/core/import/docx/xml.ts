import { XMLParser } from 'fast-xml-parser';
import { AppError } from '../../model/index.ts';

/**
 * One element of fast-xml-parser's ordered output: `{ [tag]: children, ':@'?: attributes }`,
 * or a text node `{ '#text': string }`. Namespace prefixes are removed (`w:p` → `p`).
 */
export type XmlNode = Readonly<Record<string, unknown>>;

const TEXT = '#text';
const ATTRIBUTES = ':@';

// No entity processing and no DOCTYPE (rejected before parsing): OOXML never needs either, and
// both are the door to billion-laughs and external-entity attacks.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parses one OOXML part. Throws `import:errors.corruptDocx` for XML the parser rejects or any
 * document type declaration.
 */
export function parseXml(xml: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml)) throw new AppError('import:errors.corruptDocx');
  try {
    return parser.parse(xml) as XmlNode[];
  } catch {
    throw new AppError('import:errors.corruptDocx');
  }
}

/** The element name of a node, or `#text` for text. */
export function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES) return key;
  return '';
}

/** Child nodes of an element (empty for text nodes). */
export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** Raw text of a text node ('' for elements); entities are still encoded, see {@link decodeXmlText}. */
export function textOf(node: XmlNode): string {
  const value = node[TEXT];
  return typeof value === 'string' ? value : '';
}

/** An attribute value by local name (prefix removed), if present. */
export function attrOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  const value = attributes?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** First child element with the given local name. */
export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((child) => tagOf(child) === name);
}

/** Follows a path of child names from `node`; undefined when a step is missing. */
export function pathOf(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let current = node;
  for (const name of names) current = current && childNamed(current, name);
  return current;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolves XML's five predefined entities and numeric character references; others stay as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (match, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    return PREDEFINED[entity] ?? match;
  });
}
