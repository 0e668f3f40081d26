/**
 * Navigation over the tree {@link parseXmlSafely} returns. Element and attribute names are
 * matched by local name (namespace prefix ignored), since the formats read here (TBX, TMX,
 * XLIFF, OOXML) never use the same local name twice with different namespaces where it matters.
 */
import type { XmlElement, XmlNode } from './reader.ts';

/** The child elements of `el` with local name `local` (all child elements when omitted). */
export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c === 'object' && (local === undefined || c.local === local));
}

/** The first child element with local name `local`, if any. */
export function element(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

/** Follows a path of child local names from `el`; undefined when `el` or a step is missing. */
export function path(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let current = el;
  for (const local of locals) current = current && element(current, local);
  return current;
}

/** Every descendant element with local name `local`, in document order (not below a match). */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  // An explicit stack (children pushed in reverse) keeps document order without recursion.
  const stack: XmlElement[] = elements(el).reverse();
  for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
    if (child.local === local) found.push(child);
    else for (const grand of elements(child).reverse()) stack.push(grand);
  }
  return found;
}

/** All character data below `el`, markup removed, in document order. */
export function plainText(el: XmlElement): string {
  const parts: string[] = [];
  const stack: XmlNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') parts.push(node);
    else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as XmlNode);
  }
  return parts.join('');
}

/**
 * The value of the attribute whose local name is `local` (e.g. `lang` finds `xml:lang`); an
 * exact match wins. Undefined when `el` is undefined or has no such attribute.
 */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (el === undefined) return undefined;
  if (el.attrs[local] !== undefined) return el.attrs[local];
  const key = Object.keys(el.attrs).find((k) => k.slice(k.indexOf(':') + 1) === local);
  return key === undefined ? undefined : el.attrs[key];
}
