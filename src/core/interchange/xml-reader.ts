/**
 * Safe XML reading for re-import. Translation files come from outside (vendors, other tools),
 * so the reader refuses every DTD feature that can expand or fetch anything: a DOCTYPE with an
 * internal subset or any `<!ENTITY` is an error (XXE, billion laughs), a DOCTYPE that only names
 * an external DTD is skipped without loading it, and fast-xml-parser runs with entity
 * processing off; this module decodes the five predefined entities and character references
 * itself and rejects any other entity reference. Line ends and attribute whitespace are
 * normalised as XML 1.0 prescribes, so `&#13;`, `&#9;` and `&#10;` survive as written.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../model/errors.ts';

/** An element of the parsed tree; `local` is the name without its namespace prefix. */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child node: an element or decoded character data. */
export type XmlNode = XmlElement | string;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes predefined entities and character references; any other entity is an AppError. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new AppError('export:errors.malformedXml', { line: 0, message: `bare & before "${ref}"` });
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff)) throw new AppError('export:errors.malformedXml', { line: 0, message: `bad reference &${ref};` });
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw new AppError('export:errors.xmlEntity', { name: ref });
    return value;
  });
}

type RawNode = Record<string, unknown>;

function convert(raw: RawNode): XmlNode | undefined {
  if ('#text' in raw) return decodeEntities(String(raw['#text']));
  if ('#cdata' in raw) {
    const inner = raw['#cdata'];
    return Array.isArray(inner) ? inner.map((n: RawNode) => String(n['#text'] ?? '')).join('') : '';
  }
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (name === undefined) return undefined;
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = decodeEntities(String(value).replace(/[\t\n]/g, ' '));
  const kids = (raw[name] ?? []) as RawNode[];
  const children: XmlNode[] = [];
  for (const kid of kids) {
    const node = convert(kid);
    if (node !== undefined) children.push(node);
  }
  return { name, local: name.slice(name.indexOf(':') + 1), attrs, children };
}

/**
 * Parses untrusted XML into a tree and returns the root element. Throws AppError
 * `export:errors.xmlDoctype` for DTD internal subsets and entity declarations,
 * `export:errors.xmlEntity` for undefined entity references and `export:errors.malformedXml`
 * for anything that is not well-formed.
 */
export function parseXmlSafely(xml: string): XmlElement {
  let text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>[]*\[/i.test(text)) throw new AppError('export:errors.xmlDoctype');
  text = text.replace(/\r\n?/g, '\n');
  const check = XMLValidator.validate(text);
  if (check !== true) throw new AppError('export:errors.malformedXml', { line: check.err.line, message: check.err.msg });
  let raw: unknown;
  try {
    raw = new XMLParser({
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
    }).parse(text);
  } catch (error) {
    throw new AppError('export:errors.malformedXml', { line: 0, message: error instanceof Error ? error.message : String(error) });
  }
  const root = (raw as RawNode[]).map(convert).find((n): n is XmlElement => typeof n === 'object');
  if (!root) throw new AppError('export:errors.malformedXml', { line: 0, message: 'no root element' });
  return root;
}

/** The child elements of `el` with local name `local` (all child elements when omitted). */
export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c === 'object' && (local === undefined || c.local === local));
}

/** The first child element with local name `local`, if any. */
export function element(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

/** Every descendant element with local name `local`, in document order (not below a match). */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of elements(el)) {
    if (child.local === local) found.push(child);
    else found.push(...descendants(child, local));
  }
  return found;
}

/** All character data below `el`, concatenated. */
export function plainText(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : plainText(c))).join('');
}

/** The value of the attribute whose local name is `local` (e.g. `lang` finds `xml:lang`). */
export function attr(el: XmlElement, local: string): string | undefined {
  if (el.attrs[local] !== undefined) return el.attrs[local];
  const key = Object.keys(el.attrs).find((k) => k.slice(k.indexOf(':') + 1) === local);
  return key === undefined ? undefined : el.attrs[key];
}
