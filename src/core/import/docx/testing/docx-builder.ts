/**
 * Test-only builders for .docx files: `docx([heading('标题'), para('正文')])` returns the bytes
 * of a real Word package (zipped with fflate), so importer tests read what Word would write.
 * `rawZip` writes archives with arbitrary (even lying) headers for hostile-input tests.
 */
import { Deflate, strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Escapes text for XML element content. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Runs for `text`: `\n` becomes <w:br/>, `\t` becomes <w:tab/>. */
export function runs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split('\t').map((piece) => `<w:r><w:t xml:space="preserve">${xmlEscape(piece)}</w:t></w:r>`).join('<w:r><w:tab/></w:r>'))
    .join('<w:r><w:br/></w:r>');
}

/** A paragraph with optional raw pPr children and raw run XML (default: runs of `text`). */
export function para(text: string, pPr = '', content = runs(text)): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

/** A paragraph in style `styleId` (Heading1 by default). */
export function heading(text: string, styleId = 'Heading1'): string {
  return para(text, `<w:pStyle w:val="${styleId}"/>`);
}

/** A numbered/bulleted paragraph (numPr with the given numId; 0 means numbering off). */
export function listItem(text: string, numId = 1): string {
  return para(text, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);
}

/** A table; each cell is a list of block XML strings or a plain string (one paragraph). */
export function table(rows: readonly (readonly (string | readonly string[])[])[]): string {
  const cell = (content: string | readonly string[]): string =>
    `<w:tc><w:tcPr/>${typeof content === 'string' ? para(content) : content.join('')}</w:tc>`;
  return `<w:tbl><w:tblPr/>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A paragraph anchoring a text box, written the way Word does (DrawingML choice + VML fallback). */
export function textBox(anchorText: string, boxBlocks: readonly string[]): string {
  const box = `<w:txbxContent>${boxBlocks.join('')}</w:txbxContent>`;
  const alternate = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>`;
  return para(anchorText, '', `${runs(anchorText)}<w:r>${alternate}</w:r>`);
}

/** A paragraph style for styles.xml. */
export function style(styleId: string, name: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${styleId}"><w:name w:val="${name}"/>${extra}</w:style>`;
}

/** The document.xml text for the given body blocks. */
export function documentXml(blocks: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${blocks.join('')}<w:sectPr/></w:body></w:document>`;
}

/** Options for {@link docx}: extra styles, or replacement/extra zip entries (raw strings). */
export interface DocxBuildOptions {
  readonly styles?: readonly string[];
  readonly parts?: Readonly<Record<string, string>>;
}

/** Builds the bytes of a .docx package whose body holds `blocks`. */
export function docx(blocks: readonly string[], options: DocxBuildOptions = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(documentXml(blocks)),
    'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}">${(options.styles ?? []).join('')}</w:styles>`),
  };
  for (const [name, text] of Object.entries(options.parts ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}

/** Deflates `size` zero bytes in 1 MB pieces (never holding them all), for zip-bomb tests. */
export function deflatedZeros(size: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflater = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const piece = new Uint8Array(1024 * 1024);
  for (let left = size; left > 0; left -= piece.length) {
    deflater.push(left > piece.length ? piece : piece.subarray(0, left), left <= piece.length);
  }
  return concat(chunks);
}

/** One entry for {@link rawZip}: already-compressed data and whatever sizes the headers should claim. */
export interface RawZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly declaredSize: number;
}

/** Writes a zip archive with exactly the given headers (CRC left 0; the importer does not check it). */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = header(30, name, [
      [0, 0x04034b50, 4], [4, 20, 2], [8, entry.method, 2], [18, entry.data.length, 4], [22, entry.declaredSize, 4], [26, name.length, 2],
    ]);
    const central = header(46, name, [
      [0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [10, entry.method, 2], [20, entry.data.length, 4], [24, entry.declaredSize, 4],
      [28, name.length, 2], [42, offset, 4],
    ]);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directory = concat(centrals);
  const end = header(22, new Uint8Array(0), [
    [0, 0x06054b50, 4], [8, entries.length, 2], [10, entries.length, 2], [12, directory.length, 4], [16, offset, 4],
  ]);
  return concat([...locals, directory, end]);
}

function header(size: number, name: Uint8Array, fields: readonly (readonly [number, number, 2 | 4])[]): Uint8Array {
  const out = new Uint8Array(size + name.length);
  for (const [at, value, width] of fields) {
    for (let i = 0; i < width; i++) out[at + i] = (value >>> (8 * i)) & 0xff;
  }
  out.set(name, size);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
