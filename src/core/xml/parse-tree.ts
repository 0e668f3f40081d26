/**
 * A small, linear XML 1.0 parser that builds the {@link XmlElement} tree directly. It replaced
 * fast-xml-parser here because that library's validator took seconds on an unclosed attribute
 * and its ordered output needed over 1 GB for an 11 MB TMX: this one finds every delimiter with
 * `indexOf`, keeps an explicit element stack (no recursion), and allocates only the final tree.
 * It assumes the caller has already refused DTDs and blanked an external DOCTYPE, and has
 * normalised line ends to LF (see reader.ts). Entities are decoded by {@link decodeXmlEntities}.
 */
import type { XmlFailureHandler } from './errors.ts';
import { decodeXmlEntities } from './escape.ts';
import type { XmlElement, XmlNode } from './reader.ts';

interface Open {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
// Name characters: anything but whitespace and the markup delimiters; enough to tell names apart.
const isNameChar = (c: number): boolean => !isSpace(c) && c !== 0x3e && c !== 0x2f && c !== 0x3d && c !== 0x3c && c !== 0x22 && c !== 0x27 && !Number.isNaN(c);
const isNameStart = (c: number): boolean => isNameChar(c) && !(c >= 0x30 && c <= 0x39) && c !== 0x2d && c !== 0x2e;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Parses `text` into its root element. Throws through `fail` (kind `malformed`, with the line)
 * on anything not well-formed: mismatched or unclosed tags, bad attributes, text or a second
 * element outside the root, no root at all; (kind `entity`) on unknown entity references.
 */
export function parseTree(text: string, fail: XmlFailureHandler): XmlElement {
  const malformed = (at: number, message: string): Error => fail({ kind: 'malformed', line: lineAt(text, at), message });
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const close = (): void => {
    const top = stack.pop() as Open;
    const done: XmlElement = { name: top.name, local: top.name.slice(top.name.indexOf(':') + 1), attrs: top.attrs, children: top.children };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(done);
    else root = done;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 ? text.length : lt;
    if (stop > i) {
      const chunk = text.slice(i, stop);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(decodeXmlEntities(chunk, fail));
      else if (!/^\s*$/u.test(chunk)) throw malformed(i, root ? 'text after the root element' : 'text before the root element');
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x3f) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) throw malformed(lt, 'unclosed processing instruction');
      i = end + 2;
    } else if (next === 0x21) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) throw malformed(lt, 'unclosed comment');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) throw malformed(lt, 'unclosed CDATA section');
        const parent = stack[stack.length - 1];
        if (!parent) throw malformed(lt, 'CDATA outside the root element');
        parent.children.push(text.slice(lt + 9, end));
        i = end + 3;
      } else {
        throw malformed(lt, 'unexpected <! declaration');
      }
    } else if (next === 0x2f) {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) throw malformed(lt, 'unclosed end tag');
      const name = text.slice(lt + 2, end).trimEnd();
      const top = stack[stack.length - 1];
      if (!top) throw malformed(lt, `end tag </${preview(name)}> without a start tag`);
      if (top.name !== name) throw malformed(lt, `expected </${preview(top.name)}> but found </${preview(name)}>`);
      close();
      i = end + 1;
    } else {
      if (root !== undefined) throw malformed(lt, 'a second root element');
      let at = lt + 1;
      if (!isNameStart(text.charCodeAt(at))) throw malformed(lt, 'bad tag name');
      while (isNameChar(text.charCodeAt(at))) at++;
      const open: Open = { name: text.slice(lt + 1, at), attrs: {}, children: [] };
      for (;;) {
        const before = at;
        while (isSpace(text.charCodeAt(at))) at++;
        const c = text.charCodeAt(at);
        if (c === 0x3e) {
          stack.push(open);
          i = at + 1;
          break;
        }
        if (c === 0x2f && text.charCodeAt(at + 1) === 0x3e) {
          stack.push(open);
          close();
          i = at + 2;
          break;
        }
        if (at === before || !isNameStart(c)) throw malformed(lt, `bad attribute in <${preview(open.name)}>`);
        const nameStart = at;
        while (isNameChar(text.charCodeAt(at))) at++;
        const attrName = text.slice(nameStart, at);
        while (isSpace(text.charCodeAt(at))) at++;
        if (text.charCodeAt(at) !== 0x3d) throw malformed(lt, `attribute ${preview(attrName)} has no value`);
        at++;
        while (isSpace(text.charCodeAt(at))) at++;
        const quote = text[at];
        if (quote !== '"' && quote !== "'") throw malformed(lt, `attribute ${preview(attrName)} is not quoted`);
        const end = text.indexOf(quote, at + 1);
        if (end < 0) throw malformed(lt, `attribute ${preview(attrName)} has an open quote`);
        const raw = text.slice(at + 1, end);
        if (raw.includes('<')) throw malformed(lt, `attribute ${preview(attrName)} contains <`);
        if (Object.hasOwn(open.attrs, attrName)) throw malformed(lt, `duplicate attribute ${preview(attrName)}`);
        open.attrs[attrName] = decodeXmlEntities(raw.replace(/[\t\n]/g, ' '), fail);
        at = end + 1;
      }
    }
  }
  const top = stack[stack.length - 1];
  if (top) throw malformed(text.length, `unclosed tag <${preview(top.name)}>`);
  if (!root) throw fail({ kind: 'malformed', line: 0, message: 'no root element' });
  return root;
}
