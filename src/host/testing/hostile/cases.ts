/**
 * The hostile-input generator (issue #19): every case the fault campaign found, plus our own,
 * each as a file for one CLI import path. `make(scale)` builds the bytes: `full` is the size the
 * issue names (up to 100 MB on disk; the bench runs these), `ci` a smaller input of the same
 * shape that still crosses the same limit (run inside `npm test`). `expect` is `done` for
 * legitimate inputs that must import, `refused` for inputs past a limit, `either` where both
 * are fine answers; every case must be answered within the time and memory budget, and a
 * refusal must leave the project byte-identical.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { pagedPdf, pdfStream } from './pdf-writer.ts';

/** Which `duizhao` command reads the file. */
export type HostileCommand = 'import' | 'glossary' | 'translations' | 'annotations';

/** `ci`: small enough for every test run; `full`: the sizes from the issue. */
export type HostileScale = 'ci' | 'full';

/** One generated hostile input. */
export interface HostileCase {
  readonly name: string;
  readonly command: HostileCommand;
  readonly fileName: string;
  readonly expect: 'done' | 'refused' | 'either';
  /** False for cases too slow to generate or run in CI (the bench runs them). */
  readonly ci: boolean;
  readonly make: (scale: HostileScale) => Buffer;
}

const MB = 1024 * 1024;
const pick = (scale: HostileScale, ci: number, full: number): number => (scale === 'ci' ? ci : full);
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** `unit` repeated until about `bytes` long (a string, so no intermediate array of pieces). */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

const XLIFF12_HEAD = '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="zh-CN" target-language="en" datatype="plaintext"><body>';
const XLIFF12_TAIL = '</body></file></xliff>';
const XLIFF20_HEAD = '<?xml version="1.0"?><xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN" trgLang="en"><file id="f">';
const TMX_HEAD = '<?xml version="1.0"?><tmx version="1.4"><header creationtool="h" creationtoolversion="1" segtype="paragraph" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>';
const TBX_HEAD = '<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="zh" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>';
const TBX_TAIL = '</body></text></tbx>';

const tu = (zh: string, en: string): string => `<tu><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;
const transUnit = (k: number, en: string): string => `<trans-unit id="u${k}"><source>林西县${k}</source><target>${en}</target></trans-unit>`;
const concept = (k: number): string => `<conceptEntry id="c${k}"><langSec xml:lang="zh"><termSec><term>术语${k}</term></termSec></langSec><langSec xml:lang="en"><termSec><term>term ${k}</term></termSec></langSec></conceptEntry>`;

function units(count: number, make: (k: number) => string, newline = '\n'): string {
  const parts: string[] = [];
  for (let k = 0; k < count; k++) parts.push(make(k));
  return parts.join(newline);
}

function doctypeUnclosed(head: string, scale: HostileScale): Buffer {
  return utf8(`<?xml version="1.0"?>\n<!DOCTYPE ${head} ${'a'.repeat(pick(scale, 1, 1) * MB)}`);
}

/** One page whose content stream holds `bytes` of `(x) Tj` operators. */
function pdfTextOps(bytes: number): Buffer {
  const ops = `BT /F1 1 Tf ${fill('(x) Tj ', bytes)} ET`;
  return pagedPdf(1, [pdfStream('', ops)], () => 5);
}

/** `pages` pages all pointing at one content stream of `lines` text lines. */
function pdfSharedStream(pages: number, lines: number): Buffer {
  const content = `BT /F1 10 Tf ${Array.from({ length: lines }, (_, i) => `1 0 0 1 72 ${700 - (i % 60) * 10} Tm (Line ${i} of the shared page text.) Tj`).join(' ')} ET`;
  return pagedPdf(pages, [pdfStream('', content)], () => 4 + pages);
}

/** A page drawing form A `fan` times, A drawing form B `fan` times, B showing text. */
function pdfFanout(fan: number): Buffer {
  const draw = (name: string): string => fill(`/${name} Do `, fan * (name.length + 5)).slice(0, fan * (name.length + 5));
  const formB = pdfStream('/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /F1 3 0 R >> >>', 'BT /F1 5 Tf (b) Tj ET');
  const formA = pdfStream('/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /B 7 0 R >> >>', draw('B'));
  return pagedPdf(1, [pdfStream('', draw('A')), formA, formB], () => 5, '/XObject << /A 6 0 R >>');
}

/** One page whose flate-compressed content inflates to `bytes` of spaces then a line of text. */
function pdfFlateBomb(bytes: number): Buffer {
  const chunk = Buffer.alloc(MB, 0x20);
  const chunks: Buffer[] = [];
  for (let done = 0; done < bytes; done += MB) chunks.push(chunk);
  chunks.push(Buffer.from('BT /F1 12 Tf 72 700 Td (Bomb) Tj ET', 'latin1'));
  const data = deflateSync(Buffer.concat(chunks), { level: 1 });
  return pagedPdf(1, [pdfStream('/Filter /FlateDecode', data)], () => 5);
}

/** A stored-or-deflated zip entry list as a zip file; deflate runs in native zlib (fast enough for 1 GiB bombs). */
function zip(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level: 1 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function docx(documentXml: string | Buffer): Buffer {
  const xml = typeof documentXml === 'string' ? utf8(documentXml) : documentXml;
  const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  return zip([{ name: '[Content_Types].xml', data: utf8(contentTypes) }, { name: 'word/document.xml', data: xml }]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docxParagraphs = (count: number): string => `<?xml version="1.0"?><w:document ${W}><w:body>${'<w:p><w:r><w:t>林西县推进脱贫攻坚。</w:t></w:r></w:p>'.repeat(count)}</w:body></w:document>`;

function annotation(selector: unknown): string {
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', body: { type: 'TextualBody', value: 'x' }, target: { source: 'urn:duizhao:block:1', selector } });
}

function refinedChain(depth: number): string {
  // Built as text: JSON.stringify would recurse once per level.
  const open = '{"type":"FragmentSelector","value":"p","refinedBy":'.repeat(depth);
  return `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","target":{"source":"x","selector":${open}{"type":"TextQuoteSelector","exact":"林西"}${'}'.repeat(depth)}}}`;
}

const WORDS = ['county', 'roads', 'water', 'schools', 'village', 'harvest', 'market', 'teachers', 'bridges', 'clinics', 'families', 'wages'];

/** A page of 30 distinct prose lines (no line repeats across pages, so none reads as a running head). */
function proseContent(k: number): string {
  const line = (i: number): string => Array.from({ length: 9 }, (_, w) => WORDS[(k * 7 + i * 5 + w * 3) % WORDS.length]).join(' ');
  return `BT /F1 11 Tf 72 720 Td 14 TL ${Array.from({ length: 30 }, (_, i) => `(${line(i)}${i % 6 === 5 ? '.' : ''}) '`).join(' ')} ET`;
}

function samplePdf(): Buffer {
  return readFileSync(new URL('../../import/pdf/fixtures/zh-two-column.pdf', import.meta.url));
}

/** Every case; the CI subset is `HOSTILE_CASES.filter((c) => c.ci)`. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  // Unclosed DOCTYPE: the old scan was quadratic (200 KB took 40 s).
  { name: 'TMX: <!DOCTYPE + 1 MB without >', command: 'translations', fileName: 'doctype.tmx', expect: 'refused', ci: true, make: (s) => doctypeUnclosed('tmx', s) },
  { name: 'XLIFF 1.2: <!DOCTYPE + 1 MB without >', command: 'translations', fileName: 'doctype.xlf', expect: 'refused', ci: false, make: (s) => doctypeUnclosed('xliff', s) },
  { name: 'XLIFF 2.0: <!DOCTYPE + 1 MB without >', command: 'translations', fileName: 'doctype2.xlf', expect: 'refused', ci: true, make: (s) => utf8(`<?xml version="1.0"?><!DOCTYPE xliff ${'a'.repeat(pick(s, 1, 1) * MB)}${XLIFF20_HEAD}`) },
  { name: 'TBX: <!DOCTYPE + 1 MB without >', command: 'glossary', fileName: 'doctype.tbx', expect: 'refused', ci: true, make: (s) => doctypeUnclosed('tbx', s) },
  // Stack overflows that used to end in "Internal error".
  { name: 'XLIFF: 10^6 units', command: 'translations', fileName: 'million.xlf', expect: 'refused', ci: true, make: (s) => utf8(XLIFF12_HEAD + units(pick(s, 210_000, 1_000_000), (k) => transUnit(k, 'x')) + XLIFF12_TAIL) },
  { name: 'XLIFF: 100 MB on one line', command: 'translations', fileName: 'oneline.xlf', expect: 'refused', ci: false, make: (s) => utf8(XLIFF12_HEAD + fill(transUnit(1, 'Linxi County'), pick(s, 10, 100) * MB) + XLIFF12_TAIL) },
  { name: 'Markdown: blockquotes 100,000 deep', command: 'import', fileName: 'deep.md', expect: 'refused', ci: true, make: () => utf8(`${'>'.repeat(100_000)} 深\n`) },
  { name: 'layout text: 200,000 lines of three columns', command: 'import', fileName: 'columns.txt', expect: 'either', ci: false, make: (s) => utf8(units(pick(s, 20_000, 200_000), (k) => `林西县推进脱贫攻坚${k % 10}      全县干部群众齐心协力${k % 7}      修路引水建学校成效显著`)) },
  { name: 'PDF: one page with 20 MB of text operators', command: 'import', fileName: 'ops.pdf', expect: 'refused', ci: true, make: (s) => pdfTextOps(pick(s, 20, 20) * MB) },
  { name: 'JSON-LD: refinedBy chain 100,000 deep', command: 'annotations', fileName: 'refined.jsonld', expect: 'refused', ci: true, make: () => utf8(refinedChain(100_000)) },
  // Inputs that ran for minutes.
  { name: 'PDF: 20,000 pages sharing one content stream', command: 'import', fileName: 'shared.pdf', expect: 'refused', ci: true, make: () => pdfSharedStream(20_000, 200) },
  { name: 'PDF: form XObjects fanning out 10^6 times', command: 'import', fileName: 'fanout.pdf', expect: 'refused', ci: true, make: () => pdfFanout(1000) },
  { name: 'PDF: flate bomb of 1 GiB of spaces', command: 'import', fileName: 'bomb.pdf', expect: 'refused', ci: false, make: (s) => pdfFlateBomb(pick(s, 300, 1024) * MB) },
  { name: 'PDF: flate bomb of 300 MB of spaces', command: 'import', fileName: 'bomb300.pdf', expect: 'refused', ci: true, make: () => pdfFlateBomb(300 * MB) },
  { name: 'text: 10^6 one-character lines', command: 'import', fileName: 'lines.txt', expect: 'either', ci: true, make: (s) => utf8('字\n'.repeat(pick(s, 1_000_000, 1_000_000))) },
  { name: 'text: 10 MB paragraph, every second character ends a sentence', command: 'import', fileName: 'sentences.txt', expect: 'refused', ci: true, make: (s) => utf8('字。'.repeat(pick(s, 1, 5) * MB)) },
  { name: 'text: 100,000 form feeds', command: 'import', fileName: 'feeds.txt', expect: 'either', ci: true, make: () => utf8(`林西县。\n${'\f'.repeat(100_000)}成效显著。\n`) },
  { name: 'TMX: 10^6 units', command: 'translations', fileName: 'million.tmx', expect: 'refused', ci: false, make: (s) => utf8(TMX_HEAD + units(pick(s, 210_000, 1_000_000), (k) => tu(`林西县${k}`, `Linxi ${k}`)) + '</body></tmx>') },
  { name: 'TBX: 10^6 concepts', command: 'glossary', fileName: 'million.tbx', expect: 'refused', ci: false, make: (s) => utf8(TBX_HEAD + units(pick(s, 210_000, 1_000_000), concept) + TBX_TAIL) },
  { name: 'JSON-LD: annotation with a 100 MB quote', command: 'annotations', fileName: 'quote.jsonld', expect: 'refused', ci: true, make: (s) => utf8(annotation({ type: 'TextQuoteSelector', exact: 'x'.repeat(pick(s, 5, 100) * MB) })) },
  // Inputs that took gigabytes.
  { name: 'DOCX: 180 MB document.xml', command: 'import', fileName: 'huge.docx', expect: 'refused', ci: false, make: (s) => docx(docxParagraphs(Math.round((pick(s, 30, 180) * MB) / 60))) },
  { name: 'DOCX: 10^6 paragraphs', command: 'import', fileName: 'paras.docx', expect: 'refused', ci: true, make: (s) => docx(docxParagraphs(pick(s, 210_000, 1_000_000))) },
  { name: 'TMX: 50 MB target', command: 'translations', fileName: 'target.tmx', expect: 'refused', ci: true, make: (s) => utf8(TMX_HEAD + tu('林西县', 'x'.repeat(pick(s, 5, 50) * MB)) + '</body></tmx>') },
  { name: 'XLIFF: 50 MB target', command: 'translations', fileName: 'target.xlf', expect: 'refused', ci: false, make: (s) => utf8(XLIFF12_HEAD + transUnit(1, 'x'.repeat(pick(s, 5, 50) * MB)) + XLIFF12_TAIL) },
  { name: 'TBX: 50 MB term', command: 'glossary', fileName: 'term.tbx', expect: 'refused', ci: false, make: (s) => utf8(`${TBX_HEAD}<conceptEntry id="c"><langSec xml:lang="zh"><termSec><term>${'术'.repeat(pick(s, 2, 17) * MB)}</term></termSec></langSec></conceptEntry>${TBX_TAIL}`) },
  { name: 'TMX: 100 MB on one line', command: 'translations', fileName: 'oneline.tmx', expect: 'refused', ci: false, make: (s) => utf8(TMX_HEAD + fill(tu('林西县', 'Linxi County'), pick(s, 10, 100) * MB) + '</body></tmx>') },
  { name: 'TBX: 100 MB on one line', command: 'glossary', fileName: 'oneline.tbx', expect: 'refused', ci: false, make: (s) => utf8(TBX_HEAD + units(Math.round((pick(s, 10, 100) * MB) / 230), concept, '') + TBX_TAIL) },
  { name: 'HTML: 100 MB on one line', command: 'import', fileName: 'oneline.html', expect: 'refused', ci: false, make: (s) => utf8(`<html><body>${fill('<p>林西县推进脱贫攻坚，成效显著。</p>', pick(s, 10, 100) * MB)}</body></html>`) },
  { name: 'CSV glossary: 10^6 rows', command: 'glossary', fileName: 'rows.csv', expect: 'refused', ci: true, make: (s) => utf8(`source,target\n${units(pick(s, 210_000, 1_000_000), (k) => `术语${k},term ${k}`)}\n`) },
  // Our own.
  { name: 'PDF: truncated in the middle', command: 'import', fileName: 'truncated.pdf', expect: 'either', ci: true, make: () => samplePdf().subarray(0, Math.floor(samplePdf().length / 2)) },
  { name: 'PDF: header only', command: 'import', fileName: 'header.pdf', expect: 'refused', ci: false, make: () => Buffer.from('%PDF-1.7\n', 'latin1') },
  { name: 'DOCX: zip bomb (1 GiB of zeros as document.xml)', command: 'import', fileName: 'bomb.docx', expect: 'refused', ci: false, make: (s) => docx(Buffer.alloc(pick(s, 300, 1024) * MB, 0x20)) },
  { name: 'DOCX: zip bomb (300 MB of spaces)', command: 'import', fileName: 'bomb300.docx', expect: 'refused', ci: true, make: () => docx(Buffer.alloc(300 * MB, 0x20)) },
  { name: 'TMX: billion laughs', command: 'translations', fileName: 'laughs.tmx', expect: 'refused', ci: true, make: () => utf8(`<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`).join('')}]><tmx>&l9;</tmx>`) },
  { name: 'TBX: elements 10^6 deep', command: 'glossary', fileName: 'deep.tbx', expect: 'refused', ci: true, make: () => utf8(`${TBX_HEAD}${'<x>'.repeat(1_000_000)}${'</x>'.repeat(1_000_000)}${TBX_TAIL}`) },
  { name: 'text: 100 MB single line', command: 'import', fileName: 'oneline.txt', expect: 'refused', ci: false, make: (s) => utf8('林西县推进脱贫攻坚成效显著'.repeat(Math.round((pick(s, 10, 100) * MB) / 39))) },
  { name: 'text: 10 MB single line without a sentence end', command: 'import', fileName: 'oneline10.txt', expect: 'refused', ci: true, make: () => utf8('林西县推进脱贫攻坚成效显著'.repeat(Math.round((10 * MB) / 39))) },
  { name: 'text: invalid UTF-8 (random bytes)', command: 'import', fileName: 'random.txt', expect: 'refused', ci: true, make: () => { let seed = 19; return Buffer.from(Array.from({ length: 65_536 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff)); } },
  { name: 'text: UTF-8 cut inside the last character', command: 'import', fileName: 'cut.txt', expect: 'done', ci: true, make: () => { const b = utf8('林西县推进脱贫攻坚，成效显著。\n'.repeat(1000)); return b.subarray(0, b.length - 2); } },
  { name: 'text: NUL bytes after 256 KB', command: 'import', fileName: 'nul.txt', expect: 'done', ci: true, make: () => Buffer.concat([utf8('林西县推进脱贫攻坚，成效显著。\n\n'.repeat(8000)), Buffer.from([0, 0, 0]), utf8('尾段。\n')]) },
  { name: 'text: empty file', command: 'import', fileName: 'empty.txt', expect: 'refused', ci: true, make: () => Buffer.alloc(0) },
  { name: 'JSON-LD: __proto__ and constructor keys', command: 'annotations', fileName: 'proto.jsonld', expect: 'either', ci: true, make: () => utf8('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"type":"Annotation","target":{"source":"x","__proto__":{"selector":1},"selector":{"type":"TextQuoteSelector","exact":"林西","__proto__":{"x":1}}}}') },
  { name: 'JSON-LD: offsets out of range', command: 'annotations', fileName: 'offsets.jsonld', expect: 'either', ci: true, make: () => utf8(annotation([{ type: 'TextPositionSelector', start: 1e15, end: 1e16 }, { type: 'TextPositionSelector', start: -5, end: 2 ** 53 }])) },
  { name: 'JSON: arrays 10^6 deep', command: 'annotations', fileName: 'deep.json', expect: 'refused', ci: true, make: () => utf8(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`) },
  { name: 'JSON-LD: 10^6 annotations', command: 'annotations', fileName: 'many.jsonld', expect: 'refused', ci: false, make: (s) => utf8(`[${units(pick(s, 210_000, 1_000_000), () => annotation({ type: 'TextQuoteSelector', exact: '林西' }), ',')}]`) },
  // Legitimate and large: must still import.
  { name: 'TMX: 100,000 real units (legitimate)', command: 'translations', fileName: 'tm.tmx', expect: 'done', ci: true, make: () => utf8(TMX_HEAD + units(100_000, (k) => tu(`林西县推进脱贫攻坚第${k}句。`, `Linxi County pushes poverty alleviation, sentence ${k}.`)) + '</body></tmx>') },
  { name: 'PDF: 500 pages with their own text (legitimate)', command: 'import', fileName: 'book.pdf', expect: 'done', ci: false, make: () => pagedPdf(500, Array.from({ length: 500 }, (_, k) => pdfStream('', proseContent(k))), (k) => 504 + k) },
];
