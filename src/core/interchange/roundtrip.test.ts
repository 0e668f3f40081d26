import { describe, expect, it } from 'vitest';
import { exportCsv, exportTsv } from '../export/delimited.ts';
import { exportJsonl } from '../export/jsonl.ts';
import { exportTmx } from '../export/tmx.ts';
import { exportXliff12 } from '../export/xliff12.ts';
import { exportXliff20 } from '../export/xliff20.ts';
import type { ExportOptions, ExportProject } from '../export/model.ts';
import { block, doc, heading, note, project } from '../export/testing/testkit.ts';
import { parseCsv, parseJsonl, parseTsv } from './delimited.ts';
import { mergeTranslations } from './merge.ts';
import { parseTmx } from './tmx.ts';
import type { ParsedInterchange } from './types.ts';
import { parseXliff } from './xliff.ts';

const special = `< & > " ' \u0001 \u000b 𠮷 \r\n\t\\u{41} \\`;
const lone = ' \uD800 \uDFFF \uFFFE';

const formats: [string, (p: ExportProject, o?: ExportOptions) => string, (s: string) => ParsedInterchange, boolean][] = [
  ['TMX paragraph', (p) => exportTmx(p, { includeUntranslated: true }), parseTmx, true],
  ['TMX sentence', (p) => exportTmx(p, { segmentation: 'sentence', includeUntranslated: true }), parseTmx, true],
  ['XLIFF 1.2', exportXliff12, parseXliff, true],
  ['XLIFF 2.0', exportXliff20, parseXliff, true],
  ['TSV', exportTsv, parseTsv, true],
  ['CSV', exportCsv, parseCsv, false],
  ['JSONL', exportJsonl, parseJsonl, true],
];

function fixture(withLone: boolean): ExportProject {
  const extra = withLone ? lone : '';
  return project(
    doc('文 <1>', heading(`标题${special}`, `Title ${special}`, 'confirmed'),
      block(`林西县位于内蒙古。${special}${extra}县城不大！`, `Linxi lies in Inner Mongolia. ${special}${extra} The town is small.`, 'draft', {
        notes: [`note ${special}${extra}`],
        annotations: [note('source', 0, 3, 'place', `n ${special}`), note('target', 1, 40, 'x y')],
      })),
    doc('二', block('未译。', '', 'new')),
  );
}

describe('text survives export and re-import', () => {
  for (const [name, write, read, keepsLone] of formats) {
    it(`${name}: text, status and ids round-trip`, () => {
      const p = fixture(keepsLone);
      const blocks = p.documents.flatMap((d) => d.blocks);
      const parsed = read(write(p));
      expect(parsed.units.map((u) => [u.blockId, u.source, u.target, u.status])).toEqual(blocks.map((b) => [b.id, b.source, b.target, b.status]));
      if (name.startsWith('TMX') || name.startsWith('XLIFF') || name === 'JSONL') {
        expect(parsed.units.map((u) => u.notes)).toEqual(blocks.map((b) => b.notes));
      }
      if (name.startsWith('TMX') || name.startsWith('XLIFF')) {
        expect(parsed.units.map((u) => u.exportedTarget)).toEqual(blocks.map((b) => b.target));
        expect(parsed.sourceLang).toBe('zh-CN');
        expect(parsed.targetLang).toBe('en');
      }
    });
  }
});

describe('edit in the exported file, re-import, merge', () => {
  const p = project(doc('文', block('甲', 'Alpha', 'draft', { id: 101 }), block('乙', 'Beta', 'draft', { id: 102 }), block('丙', 'Gamma', 'confirmed', { id: 103 })));
  const current = p.documents[0]!.blocks.map((b) => ({ id: b.id, source: b.source, target: b.target, status: b.status, updatedAt: '2024-01-01T00:00:00Z' }));
  const edits: [string, string, (s: string) => ParsedInterchange, (xml: string) => string][] = [
    ['XLIFF 1.2', exportXliff12(p), parseXliff, (x) => x.replace('<target state="translated">Beta</target>', '<target state="final">Beta &amp; more</target>')],
    ['XLIFF 2.0', exportXliff20(p), parseXliff, (x) => x.replace(/<segment state="translated"><source>乙<\/source><target>Beta<\/target>/, '<segment state="final"><source>乙</source><target>Beta &amp; more</target>')],
    ['TMX', exportTmx(p), parseTmx, (x) => x.replace('<seg>Beta</seg>', '<seg>Beta &amp; more</seg>').replace(/(b102<\/prop>(?:<prop[^>]*>[^<]*<\/prop>)*?<prop type="x-duizhao-status">)draft/, '$1confirmed')],
  ];
  for (const [name, exported, parse, edit] of edits) {
    it(`${name}: changes exactly the edited block`, () => {
      const edited = edit(exported);
      expect(edited).not.toBe(exported);
      const result = mergeTranslations(current, parse(edited).units);
      expect(result.updates).toEqual([{ blockId: 102, target: 'Beta & more', status: 'confirmed' }]);
      expect(result.conflicts).toEqual([]);
      expect(result.unmatched).toEqual([]);
    });
  }
  it('reports a conflict when the block was also changed in Duizhao since the export', () => {
    const edited = edits[0]![3](edits[0]![1]);
    const now = current.map((b) => (b.id === 102 ? { ...b, target: 'Beta (revised)' } : b));
    const result = mergeTranslations(now, parseXliff(edited).units);
    expect(result.updates).toEqual([]);
    expect(result.conflicts).toEqual([{ blockId: 102, reason: 'target-changed', current: 'Beta (revised)', incoming: 'Beta & more', exported: 'Beta', incomingStatus: 'confirmed' }]);
  });
});
