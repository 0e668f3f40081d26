import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflatedZeros, docx, heading, para, rawZip } from '../../core/import/docx/testing/docx-builder.ts';
import { MAX_BLOCK_LENGTH } from '../../core/import/text/finish.ts';
import { AppError } from '../../core/model/index.ts';
import { assertImportSize, importFile, MAX_IMPORT_BYTES, sniffFormat } from './import-file.ts';
import { encodeLegacy } from './testing/legacy-encoder.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A two-column layout dump, the shape `pdftotext -layout` writes. */
function layoutDump(): string {
  const left = ['左栏第一行文字内容', '左栏第二行文字内容。', '左栏第三行文字内容', '左栏第四行文字内容。'];
  const right = ['右栏第一行文字内容', '右栏第二行文字内容。', '右栏第三行文字内容', '右栏第四行文字内容。'];
  return left.map((line, i) => `${line}          ${right[i] ?? ''}`).join('\n');
}

async function rejection(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${String(error.details.name)}` : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}

describe('importFile dispatch', () => {
  it('imports plain UTF-8 and GBK text and reports the encoding', async () => {
    const plain = await importFile('a.txt', utf8('第一段。\n\n第二段。'));
    expect(plain.layout).toMatchObject({ format: 'text', encoding: 'utf-8' });
    expect(plain.paragraphs.map((b) => b.text)).toEqual(['第一段。', '第二段。']);
    const gbk = await importFile('b.txt', encodeLegacy('gbk', '这是国家的发展。\n\n他们的时代。'));
    expect(gbk.layout).toMatchObject({ format: 'text', encoding: 'gb18030' });
    expect(gbk.paragraphs.map((b) => b.text)).toEqual(['这是国家的发展。', '他们的时代。']);
  });

  it('sends .md to Markdown and HTML (by content or extension) to HTML', async () => {
    expect((await importFile('a.md', utf8('# 标题\n\n正文'))).paragraphs).toEqual([
      { kind: 'heading', text: '标题' },
      { kind: 'body', text: '正文' },
    ]);
    expect((await importFile('page.txt', utf8('<!doctype html><h1>标题</h1><p>正文</p>'))).layout.format).toBe('html');
    expect((await importFile('page.htm', utf8('<h1>标题</h1><p>正文</p>'))).layout).toMatchObject({ format: 'html', encoding: 'utf-8' });
  });

  it('sniffs DOCX by content whatever the name', async () => {
    const result = await importFile('report.bin', docx([heading('标题'), para('正文')]));
    expect(result.layout.format).toBe('docx');
    expect(result.paragraphs).toEqual([
      { kind: 'heading', text: '标题' },
      { kind: 'body', text: '正文' },
    ]);
  });

  it('sends layout dumps to the layout importer, keeping the encoding', async () => {
    const result = await importFile('dump.txt', utf8(layoutDump()));
    expect(result.layout).toMatchObject({ format: 'layout-text', encoding: 'utf-8' });
    expect(result.paragraphs.length).toBeGreaterThan(0);
  });

  it('routes %PDF bytes to the PDF importer even with a .txt name', async () => {
    expect(sniffFormat('x.txt', utf8('junk\n%PDF-1.7\n'))).toBe('pdf');
    const code = await rejection(() => importFile('fake.txt', utf8('%PDF-1.7\nnot really a pdf')));
    expect(code).toMatch(/^import[-:a-z]*errors\.\w+ fake\.txt$/);
  });

  it('applies punctuation repair by default and not when turned off', async () => {
    expect((await importFile('a.txt', utf8('我们,你们'))).punctuationRepairs).toBe(1);
    expect((await importFile('a.txt', utf8('我们,你们'), { repairPunctuation: false })).paragraphs[0]?.text).toBe('我们,你们');
  });

  it('reports progress and honours an aborted signal', async () => {
    const calls: [number, number][] = [];
    await importFile('a.txt', utf8('正文'), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [0, 1],
      [1, 1],
    ]);
    const controller = new AbortController();
    controller.abort();
    expect(await rejection(() => importFile('a.txt', utf8('正文'), { signal: controller.signal }))).toBe('import:errors.cancelled a.txt');
  });
});

describe('importFile hostile input', () => {
  it('refuses an empty file and whitespace-only text', async () => {
    expect(await rejection(() => importFile('e.txt', new Uint8Array(0)))).toBe('import:errors.emptyFile e.txt');
    expect(await rejection(() => importFile('w.txt', utf8(' \n\n\t ')))).toBe('import:errors.noParagraphs w.txt');
  });

  it('refuses binary junk named .txt and invalid UTF-8 that no legacy encoding accepts', async () => {
    let seed = 7;
    const junk = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    expect(await rejection(() => importFile('junk.txt', junk))).toBe('import:errors.notText junk.txt');
    expect(await rejection(() => importFile('bad.txt', new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xfe, 0xff])))).toBe('import:errors.notText bad.txt');
  });

  it('refuses a file over the size limit before decoding it', async () => {
    expect(() => assertImportSize('x', MAX_IMPORT_BYTES)).not.toThrow();
    // Zero-filled typed arrays are allocated lazily, so this costs no real memory.
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(await rejection(() => importFile('huge.txt', huge))).toBe('import:errors.tooLarge huge.txt');
  });

  it('answers a 50 MB single line quickly with paragraphTooLong', async () => {
    const line = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(await rejection(() => importFile('line.txt', line))).toBe('import:errors.paragraphTooLong line.txt');
    expect(MAX_BLOCK_LENGTH).toBeLessThan(line.length);
  });

  it('reports damaged, foreign and hostile zips', async () => {
    const whole = docx([para('正文')]);
    expect(await rejection(() => importFile('cut.docx', whole.subarray(0, 100)))).toBe('import:errors.corruptDocx cut.docx');
    expect(await rejection(() => importFile('a.zip', zipSync({ 'a.txt': strToU8('hi') })))).toBe('import:errors.unsupportedZip a.zip');
    const bomb = rawZip([{ name: 'word/document.xml', data: deflatedZeros(16 * 1024 * 1024), method: 8, declaredSize: 1000 }]);
    expect(await rejection(() => importFile('bomb.docx', bomb))).toBe('import:errors.zipBomb bomb.docx');
  });

  it('explains that an old .doc must be converted', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await rejection(() => importFile('old.doc', ole))).toBe('import:errors.legacyDoc old.doc');
  });
});
