/**
 * Every XML export validated against its schema with xmllint-wasm (libxml2 in WebAssembly).
 * The wasm build has no DTD validation, so TMX is checked against tmx14.rng, converted once from
 * tmx14.dtd with trang (see schemas/README.md); the negative tests prove each validator rejects
 * what the standard forbids, so a passing run means something.
 */
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import tmxRng from './schemas/tmx14.rng?raw';
import xliff12Xsd from './schemas/xliff-core-1.2-strict.xsd?raw';
import xliff20Xsd from './schemas/xliff-core-2.0.xsd?raw';
import xmlXsd from './schemas/xml.xsd?raw';
import { exportTmx } from './tmx.ts';
import { exportXliff12 } from './xliff12.ts';
import { exportXliff20 } from './xliff20.ts';
import { block, doc, heading, note, project } from './testing/testkit.ts';

async function validate(xml: string, kind: 'tmx' | 'xliff12' | 'xliff20'): Promise<string[]> {
  const file = { fileName: 'export.xml', contents: xml };
  const result =
    kind === 'tmx'
      ? await validateXML({ xml: file, schema: { fileName: 'tmx14.rng', contents: tmxRng }, extension: 'relaxng' })
      : await validateXML({
          xml: file,
          schema: { fileName: 'schema.xsd', contents: kind === 'xliff12' ? xliff12Xsd : xliff20Xsd },
          preload: { fileName: 'xml.xsd', contents: xmlXsd },
        });
  return result.errors.map((e) => e.message);
}

const hostile = 'A < & > " \' \u0001\u000b 𠮷 \r\n\ttab \\u{41} \uFFFE lone\uD800 end';

function sample() {
  return project(
    doc('林西县志 <1> & "序"', heading('第一章', 'Chapter 1', 'confirmed'), block('林西县位于内蒙古。县城不大。', 'Linxi lies in Inner Mongolia. The town is small.', 'draft', {
      notes: ['注 <a> & \u0001', '第二条'],
      annotations: [note('source', 0, 3, 'place name', '地名 "x"'), note('source', 2, 6, 'overlap'), note('target', 0, 5, 'term'), note('target', 3, 3, 'empty')],
    })),
    doc('空文档'),
    doc('其他', block(`源${hostile}`, `T ${hostile}`, 'draft', { notes: [hostile], annotations: [note('target', 2, 9, 'x y', hostile)] }), block('未译。', '', 'new')),
  );
}

describe('schema validation', () => {
  it('TMX paragraph and sentence exports are valid TMX 1.4b', async () => {
    expect(await validate(exportTmx(sample()), 'tmx')).toEqual([]);
    expect(await validate(exportTmx(sample(), { segmentation: 'sentence' }), 'tmx')).toEqual([]);
  });
  it('XLIFF 1.2 export is valid against the strict schema', async () => {
    expect(await validate(exportXliff12(sample()), 'xliff12')).toEqual([]);
    expect(await validate(exportXliff12(sample(), { includeNotes: false, carryExportedTarget: false }), 'xliff12')).toEqual([]);
  });
  it('XLIFF 2.0 export is valid against the core schema', async () => {
    expect(await validate(exportXliff20(sample()), 'xliff20')).toEqual([]);
  });
  it('the validators reject what the standards forbid', async () => {
    expect(await validate(exportTmx(sample()).replace(' adminlang="en"', ''), 'tmx')).not.toEqual([]);
    expect(await validate(exportTmx(sample()).replace(/<tuv xml:lang="en">/, '<tuv>'), 'tmx')).not.toEqual([]);
    expect(await validate(exportXliff12(sample()).replace(/ datatype="plaintext"/, ''), 'xliff12')).not.toEqual([]);
    expect(await validate(exportXliff12(sample()).replace('state="final"', 'state="done"'), 'xliff12')).not.toEqual([]);
    expect(await validate(exportXliff20(sample()).replace(/ srcLang="[^"]*"/, ''), 'xliff20')).not.toEqual([]);
    expect(await validate(exportXliff20(sample()).replace('<segment state="final">', '<segment state="done">'), 'xliff20')).not.toEqual([]);
  });
});
