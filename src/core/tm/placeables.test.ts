import { describe, expect, it } from 'vitest';
import { adaptNumbers, findNumbers } from './placeables.ts';
import { diffChars } from './diff.ts';
import { keywordInContext } from './kwic.ts';

describe('placeables', () => {
  it('reads ASCII and full-width numbers, dropping thousands separators', () => {
    expect(findNumbers('共１２３户，投资1,249.5万元').map((n) => n.value)).toEqual(['123', '1249.5']);
  });
  it('adapts changed numbers in the target, keeping grouping, and marks them', () => {
    const a = adaptNumbers('2020年共惠及1300户。', '2019年共惠及1249户。', 'In 2019 it reached 1,249 households.');
    expect(a?.target).toBe('In 2020 it reached 1,300 households.');
    expect(a?.marks.map(([s, e]) => a.target.slice(s, e))).toEqual(['2020', '1,300']);
  });
  it('refuses when a changed number is not in the target', () => {
    expect(adaptNumbers('共3户', '共2户', 'Two households.')).toBeNull();
  });
});

describe('diffChars', () => {
  it('marks deleted and inserted characters', () => {
    expect(diffChars('成效显著。', '成效明显。')).toEqual([
      { kind: 'equal', text: '成效' },
      { kind: 'insert', text: '明' },
      { kind: 'equal', text: '显' },
      { kind: 'delete', text: '著' },
      { kind: 'equal', text: '。' },
    ]);
  });
});

describe('keywordInContext', () => {
  it('maps folded hits back to code points of the original', () => {
    expect(keywordInContext('𠀋驻 村，驻村', '驻村').hits).toEqual([[1, 4], [5, 7]]);
    expect(keywordInContext('Team TEAM', 'team').hits).toEqual([[0, 4], [5, 9]]);
  });
});
