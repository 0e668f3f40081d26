import { describe, expect, it } from 'vitest';
import { AppError } from '../model/errors.ts';
import { xmlErrors, type XmlFailure, type XmlFailureHandler } from './errors.ts';
import { parseXmlSafely, type XmlElement } from './reader.ts';
import { attr, descendants, element, elements, path, plainText } from './tree.ts';

const codes = xmlErrors({ doctype: 'glossary:errors.tbxNotTbx', entity: 'export:errors.notXliff', malformed: 'export:errors.notTmx' });
const parse = (xml: string): XmlElement => parseXmlSafely(xml, codes);

/** The code of the AppError parsing `xml` throws (or what went wrong instead). */
function codeOf(xml: string, fail: XmlFailureHandler = codes): string {
  try {
    return `no error: <${parseXmlSafely(xml, fail).name}>`;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

const xxe = `<?xml version="1.0"?>
<!DOCTYPE root [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<root><v>&xxe;</v></root>`;

/** Billion laughs: `depth` levels of ten-fold expansion of "lol". */
function laughs(depth: number, doctype = '<!DOCTYPE root ['): string {
  const decls = Array.from({ length: depth }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`).join('\n');
  return `<?xml version="1.0"?>\n${doctype}\n<!ENTITY l0 "lol">\n${decls}\n]>\n<root>&l${depth};</root>`;
}

describe('parseXmlSafely: hostile input', () => {
  it('refuses XXE and billion laughs as doctype failures, expanding nothing', () => {
    expect(codeOf(xxe)).toBe('glossary:errors.tbxNotTbx');
    expect(codeOf(laughs(9))).toBe('glossary:errors.tbxNotTbx');
    expect(codeOf(laughs(9, '<!DOCTYPE root SYSTEM "x" ['))).toBe('glossary:errors.tbxNotTbx');
  });
  it('refuses internal subsets without entities and entity declarations outside a DOCTYPE', () => {
    expect(codeOf('<!DOCTYPE root [<!ELEMENT root ANY>]><root/>')).toBe('glossary:errors.tbxNotTbx');
    expect(codeOf('<root><!ENTITY x "y"></root>')).toBe('glossary:errors.tbxNotTbx');
    expect(codeOf('<!DOCTYPE root [')).toBe('glossary:errors.tbxNotTbx');
  });
  it('refuses references to undeclared entities in text and attributes', () => {
    expect(codeOf('<root>&xxe;</root>')).toBe('export:errors.notXliff');
    expect(codeOf('<root a="&nbsp;"/>')).toBe('export:errors.notXliff');
  });
  it('lets the caller choose the AppError for each failure', () => {
    const seen: XmlFailure['kind'][] = [];
    const constant = (failure: XmlFailure): AppError => {
      seen.push(failure.kind);
      return new AppError('import:errors.corruptDocx');
    };
    for (const xml of [xxe, '<root>&xxe;</root>', '<root>']) expect(codeOf(xml, constant)).toBe('import:errors.corruptDocx');
    expect(seen).toEqual(['doctype', 'entity', 'malformed']);
  });
  it('skips an external DOCTYPE without loading it, keeping line numbers', () => {
    const root = parse('<?xml version="1.0"?><!DOCTYPE root SYSTEM\n "http://example.invalid/x.dtd"><root>甲</root>');
    expect(plainText(root)).toBe('甲');
    const broken = '<!DOCTYPE root SYSTEM\n "x.dtd">\n<root>\n<a></b></root>';
    expect(() => parse(broken)).toThrow(expect.objectContaining({ code: 'export:errors.notTmx', details: expect.objectContaining({ line: 4 }) }));
  });
  it('reports malformed input, empty input and text without a root as malformed', () => {
    for (const xml of ['<root><a></root>', '', 'just text', '<root>a & b</root>']) expect(codeOf(xml)).toBe('export:errors.notTmx');
  });
});

describe('parseXmlSafely: tree', () => {
  it('keeps mixed content in document order, with local names and decoded text', () => {
    const root = parse('\uFEFF<x:root xmlns:x="urn:x"><x:s>a<g id="1">b &amp; c</g><![CDATA[<d>&amp;]]>e</x:s></x:root>');
    expect([root.name, root.local]).toEqual(['x:root', 'root']);
    const s = element(root, 's');
    expect(s?.children.map((c) => (typeof c === 'string' ? c : `<${c.local}>`))).toEqual(['a', '<g>', '<d>&amp;', 'e']);
    expect(s && plainText(s)).toBe('ab & c<d>&amp;e');
  });
  it('normalises line ends and attribute whitespace, but keeps them when written as references', () => {
    const root = parse('<root a="x\ty\nz" b="x&#9;y&#10;z&#13;">1\r\n2\r3&#13;</root>');
    expect(root.attrs).toEqual({ a: 'x y z', b: 'x\ty\nz\r' });
    expect(plainText(root)).toBe('1\n2\n3\r');
  });
});

describe('tree navigation', () => {
  const root = parse('<r xml:lang="zh" lang="x"><a n="1"><b><c k="v"/></b></a><a n="2"/><w:p xmlns:w="urn:w" w:val="3"><c/></w:p></r>');
  it('finds children, paths and descendants by local name', () => {
    expect(elements(root, 'a').map((a) => attr(a, 'n'))).toEqual(['1', '2']);
    expect(elements(root).map((e) => e.local)).toEqual(['a', 'a', 'p']);
    expect(attr(path(root, 'a', 'b', 'c'), 'k')).toBe('v');
    expect(path(root, 'a', 'missing', 'c')).toBeUndefined();
    expect(descendants(root, 'c')).toHaveLength(2);
  });
  it('matches attributes by local name, an exact name first', () => {
    expect(attr(root, 'lang')).toBe('x');
    expect(attr(element(root, 'p'), 'val')).toBe('3');
    expect(attr(undefined, 'val')).toBeUndefined();
  });
});
