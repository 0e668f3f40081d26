import { describe, expect, it } from 'vitest';
import { csvField, exportAnnotationsCsv } from './csv-export.ts';
import { UNPLACED_BLOCK } from './model.ts';
import { blocks } from './testing/annotation-fixtures.ts';

describe('CSV export', () => {
  const doc = blocks(['𠮷林西县推进脱贫攻坚', 'He said "go", then left,\nquickly.']);
  const a = doc.ann('脱贫攻坚', 'policy term', { note: '=1+1' });
  const b = doc.ann('"go", then left,\nquickly', 'idiom', { author: 'Li, Wei' });

  it('writes a header and one CRLF row per annotation, offsets in code points', () => {
    const csv = exportAnnotationsCsv([a, b], doc.texts, { bom: false });
    expect(csv).toBe(
      'block_id,side,start,end,quote,category,note,author\r\n' +
        '0,source,6,10,脱贫攻坚,policy term,=1+1,Tester\r\n' +
        '0,target,8,32,"""go"", then left,\nquickly",idiom,,"Li, Wei"\r\n',
    );
  });

  it('starts with a byte order mark by default, for Excel', () => {
    expect(exportAnnotationsCsv([], doc.texts).startsWith('\uFEFFblock_id,')).toBe(true);
  });

  it('leaves offsets empty for orphans and the block empty for unplaced annotations', () => {
    const csv = exportAnnotationsCsv([{ ...a, orphaned: true }, { ...a, blockId: UNPLACED_BLOCK, orphaned: true }], doc.texts, { bom: false });
    expect(csv.split('\r\n').slice(1, 3)).toEqual(['0,source,,,脱贫攻坚,policy term,=1+1,Tester', ',source,,,脱贫攻坚,policy term,=1+1,Tester']);
  });

  it('can guard against formula injection', () => {
    expect(csvField('=1+1', true)).toBe("'=1+1");
    expect(csvField('-5', false)).toBe('-5');
    expect(csvField(-5, true)).toBe('-5');
    expect(csvField('@SUM(A1), x', true)).toBe(`"'@SUM(A1), x"`);
  });
});
