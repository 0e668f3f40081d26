import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportCsv, exportTsv } from './delimited.ts';
import { exportDocx } from './docx.ts';
import { exportHtml, HTML_STYLE, HTML_STYLE_HASH } from './html.ts';
import { exportJsonl } from './jsonl.ts';
import type { JsonlRecord } from './jsonl.ts';
import { exportPlainText } from './plaintext.ts';
import { exportTmx } from './tmx.ts';
import { exportXliff12 } from './xliff12.ts';
import { exportXliff20 } from './xliff20.ts';
import { block, doc, heading, note, project } from './testing/testkit.ts';

const xss = '<script>alert("x")</script> & <img src=x onerror=1> \u0001\uD800';

describe('options', () => {
  const p = () => project(doc('文', heading('标题', 'Title', 'confirmed'), block('甲', 'A', 'confirmed', { notes: ['n1'] }), block('乙', 'B', 'draft')));
  it('confirmedOnly, includeHeadings and includeNotes select what is written', () => {
    expect(exportTsv(p(), { confirmedOnly: true }).split('\n').filter(Boolean)).toHaveLength(3);
    expect(exportTsv(p(), { includeHeadings: false })).not.toContain('Title');
    expect(exportXliff12(p())).toContain('<note from="duizhao">n1</note>');
    expect(exportXliff12(p(), { includeNotes: false })).not.toContain('n1');
  });
  it('maps statuses to XLIFF states as documented', () => {
    const p2 = project(doc('文', block('一', '', 'new'), block('二', 'b', 'draft'), block('三', 'c', 'confirmed')));
    expect([...exportXliff12(p2).matchAll(/state="([^"]+)"/g)].map((m) => m[1])).toEqual(['new', 'translated', 'final']);
    expect(exportXliff12(p2).match(/approved="yes"/g)).toHaveLength(1);
    expect([...exportXliff20(p2).matchAll(/state="([^"]+)"/g)].map((m) => m[1])).toEqual(['initial', 'translated', 'final']);
  });
});

describe('XLIFF 2.0 rules the XSD does not check', () => {
  it('declares trgLang whenever a target is written, and keeps mrk ids unique per unit', () => {
    const xml = exportXliff20(project(doc('文', block('林西县', 'Linxi', 'draft', { annotations: [note('source', 0, 2, 'a'), note('source', 1, 3, 'b'), note('target', 0, 1, 'c')] }))));
    expect(xml).toMatch(/<xliff [^>]*trgLang="en"/);
    expect(xml).toContain('<target>');
    const ids = [...xml.matchAll(/<mrk id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('refuses to write a file without units', () => {
    expect(() => exportXliff20(project(doc('空')))).toThrow('export:errors.nothingToExport');
  });
});

describe('HTML', () => {
  const html = exportHtml({ ...project(doc(`T ${xss}`, block(`源 ${xss}`, `tgt ${xss}`, 'draft', { notes: [xss], annotations: [note('target', 0, 3, xss, xss)] }))), name: xss });
  it('is a complete document with lang on every cell and a strict CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('</html>');
    const cells = [...html.matchAll(/<td([^>]*)>/g)].map((m) => m[1]);
    expect(cells).toEqual([' lang="zh-Hans"', ' lang="en"']);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
  });
  it('contains no markup from the text and no script at all', () => {
    expect(html).not.toMatch(/<script|<img|onerror=1>/i);
    expect(html).toContain('&#60;script&#62;');
    expect(html.includes('\u0001') || html.includes('\uD800')).toBe(false);
  });
  it('declares the real hash of its style block', async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(HTML_STYLE));
    expect(`sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`).toBe(HTML_STYLE_HASH);
  });
});

describe('DOCX', () => {
  it('is a zip whose document.xml holds a two-column table with both texts and the East Asian font', () => {
    const bytes = exportDocx(project(doc('林西县志', block('林西县<位于>', 'Linxi & County', 'confirmed'), block('第二\n行', 'two\nlines\u0002'))), { eastAsiaFont: 'Noto Serif CJK SC' });
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml.match(/<w:tr>/g)).toHaveLength(2);
    expect(xml.match(/<w:tc>/g)).toHaveLength(4);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(2);
    expect(xml).toContain('林西县&lt;位于&gt;</w:t>');
    expect(xml).toContain('Linxi &amp; County</w:t>');
    expect(xml).toContain('<w:rFonts w:eastAsia="Noto Serif CJK SC"/><w:lang w:eastAsia="zh-CN"/>');
    expect(xml).toContain('<w:lang w:val="en-US"/>');
    expect(xml).toContain('第二</w:t></w:r><w:r><w:rPr><w:rFonts w:eastAsia="Noto Serif CJK SC"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:br/>');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('/word/document.xml');
    expect(xml).toContain('lines\uFFFD</w:t>');
  });
});

describe('JSONL, TSV, CSV and plain text', () => {
  it('JSONL counts annotation offsets in code points', () => {
    const line = exportJsonl(project(doc('文', block('𠮷野家在林西', 'Yoshinoya', 'draft', { annotations: [note('source', 2, 5, 'place', '野家')] }))));
    const record = JSON.parse(line) as JsonlRecord;
    expect(record.id).toMatch(/^b\d+$/);
    expect(record.annotations).toEqual([{ id: expect.any(String), side: 'zh', start: 1, end: 4, category: 'place', note: '野家' }]);
    expect([...record.zh].slice(1, 4).join('')).toBe('野家在');
  });
  it('TSV escapes tab, newline, CR and backslash; CSV quotes per RFC 4180 with CRLF and an optional BOM', () => {
    const p = project(doc('文', block('a\tb\nc\\d\re', 'x,"y"\nz', 'draft', { id: 7 })));
    expect(exportTsv(p)).toBe('id\tdocument\tkind\tstatus\tzh\ten\nb7\t文\tbody\tdraft\ta\\tb\\nc\\\\d\\re\tx,"y"\\nz\n');
    expect(exportCsv(p)).toBe('id,document,kind,status,zh,en\r\nb7,文,body,draft,"a\tb\nc\\d\re","x,""y""\nz"\r\n');
    expect(exportCsv(p, { bom: true }).startsWith('\uFEFFid,')).toBe(true);
  });
  it('plain text keeps one block per line on both sides', () => {
    const pair = exportPlainText(project(doc('文', block('一\n二', 'one\r\ntwo'), block('三', ''))));
    expect(pair).toEqual({ zh: '一 二\n三\n', en: 'one two\n\n' });
  });
  it('TMX sentence mode pairs sentences inside a block and never loses text', () => {
    const xml = exportTmx(project(doc('文', block('林西县位于内蒙古。县城不大。', 'Linxi lies in Inner Mongolia. The town is small.', 'draft', { id: 5 }))), { segmentation: 'sentence' });
    expect([...xml.matchAll(/tuid="([^"]+)"/g)].map((m) => m[1])).toEqual(['b5-1', 'b5-2']);
    expect(xml).toContain('<seg>县城不大。</seg></tuv><tuv xml:lang="en"><seg>The town is small.</seg>');
  });
  it('TMX sentence mode takes the source sentences stored with the block, unless they do not fit its text', () => {
    const source = '林西县位于内蒙古。县城不大。';
    const stored = [{ start: 0, end: 4 }, { start: 4, end: source.length }];
    const one = (spans: { start: number; end: number }[]) =>
      exportTmx(project(doc('文', block(source, 'Linxi lies in Inner Mongolia. The town is small.', 'draft', { id: 6, sourceSentences: spans }))), { segmentation: 'sentence' });
    expect(one(stored)).toContain('<seg>林西县位</seg></tuv><tuv xml:lang="en"><seg>Linxi lies in Inner Mongolia. </seg>');
    expect(one(stored)).toContain('<seg>于内蒙古。县城不大。</seg>');
    // Spans that stop short of the text would drop it: the block is split afresh instead.
    expect(one([{ start: 0, end: 4 }])).toContain('<seg>县城不大。</seg></tuv><tuv xml:lang="en"><seg>The town is small.</seg>');
  });
});

describe('TMX and untranslated blocks', () => {
  const p = project(doc('标题', block('林西县', 'Linxi County', 'confirmed'), block('脱贫攻坚', '', 'new'), block('党建', '   ', 'draft')));
  it('leaves blocks without English out of a translation memory by default', () => {
    const tmx = exportTmx(p);
    expect(tmx).toContain('<seg>林西县</seg>');
    expect(tmx).not.toContain('脱贫攻坚');
    expect(tmx).not.toContain('党建');
  });
  it('writes them, with an empty target, when asked', () => {
    expect(exportTmx(p, { includeUntranslated: true })).toContain('<seg>脱贫攻坚</seg>');
  });
});
