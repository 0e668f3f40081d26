import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../../model/index.ts';
import { countKinds, withoutKinds } from './exclude-kinds.ts';

const blocks: SourceBlock[] = [
  { kind: 'heading', text: '1　引言' },
  { kind: 'body', text: '正文。' },
  { kind: 'footnote', text: '1脚注。' },
  { kind: 'table', text: '类别 篇数' },
  { kind: 'body', text: '续。' },
];

describe('withoutKinds / countKinds', () => {
  it('leaves out exactly the excluded kinds, in order, and keeps everything without a list', () => {
    expect(withoutKinds(blocks, ['footnote', 'table']).map((b) => b.text)).toEqual(['1　引言', '正文。', '续。']);
    expect(withoutKinds(blocks, [])).toEqual(blocks);
    expect(withoutKinds(blocks, undefined)).toEqual(blocks);
  });

  it('counts kinds in first-seen order', () => {
    expect(countKinds(blocks)).toEqual([['heading', 1], ['body', 2], ['footnote', 1], ['table', 1]]);
  });
});
