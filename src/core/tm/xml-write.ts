/** Serialises a parsed XML element back to markup (inline codes kept verbatim in TM units). */
import { escapeXmlAttr, escapeXmlText } from '../xml/escape.ts';
import type { XmlElement } from '../xml/reader.ts';

/** `el` as XML text: same names, attributes and children; text re-escaped. */
export function serializeXml(el: XmlElement): string {
  const attrs = Object.entries(el.attrs).map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`).join('');
  if (el.children.length === 0) return `<${el.name}${attrs}/>`;
  const inner = el.children.map((c) => (typeof c === 'string' ? escapeXmlText(c) : serializeXml(c))).join('');
  return `<${el.name}${attrs}>${inner}</${el.name}>`;
}
