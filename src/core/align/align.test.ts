import { describe, expect, it } from 'vitest';
import { ZhLexicon } from '../zh/lexicon.ts';
import type { CedictRow } from '../zh/lexicon.ts';
import { alignDocument, alignSegments } from './align.ts';
import { alignWithMargins, bandedAlign, corridorBand, diagonalBand } from './dp.ts';
import { beadsTile, strictF1 } from './evaluate.ts';
import { galeChurch } from './gale-church.ts';
import { FULL_SEARCH_CELLS } from './search.ts';
import type { Bead } from './types.ts';

const row = (zh: string, defs: string): CedictRow => [zh, zh, '', defs, [], []];
const lexicon = new ZhLexicon([
  row('经济', 'economy/economic'), row('增长', 'to grow/growth/increase'), row('农村', 'rural area/countryside'),
  row('人口', 'population'), row('贫困', 'poverty/impoverished'), row('政府', 'government'), row('学校', 'school'),
  row('学生', 'student'), row('老师', 'teacher'), row('城市', 'city'), row('河流', 'river'), row('天气', 'weather'),
  row('寒冷', 'cold'), row('冬天', 'winter'), row('春天', 'spring'), row('花', 'flower'), row('开', 'to open/to bloom'),
  row('图书馆', 'library'), row('书', 'book'), row('读', 'to read'), row('医生', 'doctor'), row('病人', 'patient'),
  row('医院', 'hospital'), row('工厂', 'factory'), row('工人', 'worker'), row('工作', 'to work/job'),
]);
const res = { lexicon };
const key = (b: Pick<Bead, 'zh' | 'en'>): string => `${b.zh.join(',')}|${b.en.join(',')}`;

describe('alignSegments', () => {
  const zh = ['经济增长了百分之五。', '农村贫困人口减少了一千万，政府很高兴，学校也多了。', '老师和学生都在学校。', '冬天天气寒冷。', '春天花开了。'];
  const en = [
    'The economy grew by 5%.',
    'The rural population living in poverty fell by 10 million.',
    'The government was pleased, and there were more schools.',
    'Teachers and students are all at school.',
    'In winter the weather is cold.',
    'In spring the flowers bloom.',
  ];
  it('finds a 1-2 bead from glosses and numbers, and 1-1 elsewhere', () => {
    const beads = alignSegments(zh, en, res);
    expect(beads.map(key)).toEqual(['0|0', '1|1,2', '2|3', '3|4', '4|5']);
    expect(beadsTile(beads, zh.length, en.length)).toBe(true);
    for (const b of beads) expect(b.score).toBeGreaterThanOrEqual(0);
    for (const b of beads) expect(b.score).toBeLessThanOrEqual(1);
  });
  it('leaves an English sentence with no Chinese counterpart in a null bead', () => {
    const withExtra = [...en.slice(0, 4), 'This sentence was added by the translator about nothing in particular at all.', ...en.slice(4)];
    const beads = alignSegments(zh, withExtra, res);
    expect(beads.map(key)).toContain('|4');
    expect(beads.map(key)).toContain('3|5');
    expect(beadsTile(beads, zh.length, withExtra.length)).toBe(true);
  });
  it('handles empty sides', () => {
    expect(alignSegments([], [], res)).toEqual([]);
    expect(alignSegments(['春天花开了。'], [], res).map(key)).toEqual(['0|']);
    expect(alignSegments([], ['Spring.', 'Winter.'], res).map(key)).toEqual(['|0', '|1']);
  });
  it('runs in two steps on long inputs and still recovers the diagonal with insertions', () => {
    const units: [string, string][] = [
      ['医生在医院工作。', 'The doctor works at the hospital.'], ['病人读书。', 'The patient reads a book.'],
      ['工人在工厂工作。', 'The workers work in the factory.'], ['城市有一条河流。', 'The city has a river.'],
      ['图书馆有很多书。', 'The library has many books.'], ['学生在学校。', 'The students are at school.'],
    ];
    const bigZh: string[] = [];
    const bigEn: string[] = [];
    for (let k = 0; k < 700; k++) {
      const [z, e] = units[k % units.length] as [string, string];
      bigZh.push(`${z}第${k + 2}条。`.replace('。第', '，第'));
      bigEn.push(`${e.slice(0, -1)}, item ${k + 2}.`);
      if (k % 97 === 5) bigEn.push('An extra remark that the Chinese does not have.');
    }
    expect((bigZh.length + 1) * (bigEn.length + 1)).toBeGreaterThan(FULL_SEARCH_CELLS);
    const beads = alignSegments(bigZh, bigEn, res);
    expect(beadsTile(beads, bigZh.length, bigEn.length)).toBe(true);
    const oneToOne = beads.filter((b) => b.zh.length === 1 && b.en.length === 1).length;
    expect(oneToOne).toBeGreaterThanOrEqual(695);
  });
});

describe('alignDocument', () => {
  it('aligns paragraphs first, then sentences inside each paragraph group', () => {
    const zhParas = ['经济增长了百分之五。农村贫困人口减少了一千万。', '老师和学生都在学校。', '冬天天气寒冷。春天花开了。'];
    const enParas = ['The economy grew by 5%. The rural population living in poverty fell by 10 million.', 'Teachers and students are all at school.', 'In winter the weather is cold. In spring the flowers bloom.'];
    const doc = alignDocument(zhParas, enParas, res);
    expect(doc.paragraphBeads.map(key)).toEqual(['0|0', '1|1', '2|2']);
    expect(doc.beads.map(key)).toEqual(['0|0', '1|1', '2|2', '3|3', '4|4']);
    expect(doc.zhParagraph).toEqual([0, 0, 1, 2, 2]);
    expect(beadsTile(doc.beads, doc.zh.length, doc.en.length)).toBe(true);
  });
  it('falls back to one sentence-level search when paragraph counts cannot be matched', () => {
    const zhParas = ['经济增长了百分之五。农村贫困人口减少了一千万。老师和学生都在学校。冬天天气寒冷。春天花开了。'];
    const enParas = ['The economy grew by 5%.', 'The rural population living in poverty fell by 10 million.', 'Teachers and students are all at school.', 'In winter the weather is cold.', 'In spring the flowers bloom.'];
    const doc = alignDocument(zhParas, enParas, res);
    expect(doc.paragraphBeads).toHaveLength(1);
    expect(doc.beads.map(key)).toEqual(['0|0', '1|1', '2|2', '3|3', '4|4']);
  });
});

describe('banded search', () => {
  const shapes = [{ zh: 1, en: 1, prior: 0 }, { zh: 1, en: 0, prior: 1 }, { zh: 0, en: 1, prior: 1 }];
  it('finds the cheapest monotone path inside the band', () => {
    // Cheap only on the cells (1,1) and (2,3): the path must skip English 1.
    const cost = (i: number, j: number, s: { zh: number; en: number }): number => (s.zh && s.en ? ((i === 1 && j === 1) || (i === 2 && j === 3) ? 0 : 5) : 1);
    const r = bandedAlign(2, 3, shapes, cost, diagonalBand(2, 3, 3));
    expect(r.path.map((p) => [p.i, p.j])).toEqual([[1, 1], [1, 2], [2, 3]]);
    expect(r.cost).toBe(1);
  });
  it('keeps a corridor around a path and reports when a narrow band clips it', () => {
    const cost = (i: number, j: number, s: { zh: number; en: number }): number => (s.zh && s.en ? (j === i + 6 ? 0 : 9) : 1);
    const narrow = bandedAlign(20, 26, shapes, cost, diagonalBand(20, 26, 1));
    expect(narrow.touchedEdge).toBe(true);
    const wide = bandedAlign(20, 26, shapes, cost, diagonalBand(20, 26, 8));
    const corridor = corridorBand(wide.path, 20, 26, 1);
    for (const p of wide.path) {
      expect(p.j).toBeGreaterThanOrEqual(corridor.lo[p.i] ?? 0);
      expect(p.j).toBeLessThanOrEqual(corridor.hi[p.i] ?? 0);
    }
    expect(bandedAlign(20, 26, shapes, cost, corridor).cost).toBe(wide.cost);
  });
});

describe('boundary margins (bead confidence)', () => {
  const shapes = [{ zh: 1, en: 1, prior: 0 }, { zh: 1, en: 0, prior: 0 }, { zh: 0, en: 1, prior: 0 }, { zh: 1, en: 2, prior: 0 }];
  it('is zero where another boundary is just as good and large where the evidence is clear', () => {
    // One Chinese sentence could take one or two English ones at equal cost: the boundary is a tie.
    const tie = alignWithMargins(2, 3, shapes, (_i, _j, s) => (s.zh && s.en ? 0 : 5), diagonalBand(2, 3, 4));
    expect(tie.margins[0]).toBe(0);
    expect(tie.margins[tie.margins.length - 1]).toBe(Infinity);
    // Only the diagonal is cheap: moving the boundary costs two null beads.
    const clear = alignWithMargins(2, 2, shapes, (i, j, s) => (s.zh === 1 && s.en === 1 && i === j ? 0 : 5), diagonalBand(2, 2, 3));
    expect(clear.path.map((p) => [p.i, p.j])).toEqual([[1, 1], [2, 2]]);
    expect(clear.margins[0]).toBeGreaterThanOrEqual(10);
  });
  it('scores doubtful beads lower than clear ones', () => {
    const zh = ['经济增长了百分之五。', '春天花开了。'];
    const clean = alignSegments(zh, ['The economy grew by 5%.', 'In spring the flowers bloom.'], res);
    expect(clean.map(key)).toEqual(['0|0', '1|1']);
    for (const b of clean) expect(b.score).toBeGreaterThan(0.8);
    // An English sentence that matches nothing: wherever it goes, the choice is uncertain.
    const noisy = alignSegments(zh, ['The economy grew by 5%.', 'It was a long sentence about nothing.', 'In spring the flowers bloom.'], res);
    const touched = noisy.filter((b) => b.en.includes(1));
    expect(touched).toHaveLength(1);
    for (const b of touched) expect(b.score).toBeLessThan(0.5);
  });
});

describe('Gale–Church baseline and scoring', () => {
  it('pairs by length and covers every segment', () => {
    const beads = galeChurch(['一二三四五。', '一二。', '一二三四五六七八九十。'], ['a b c d e f g h i j k l m n.', 'a b c d e.', 'a b c d e f g h i j k l m n o p q r s t u v w x y z.']);
    expect(beads.map(key)).toEqual(['0|0', '1|1', '2|2']);
  });
  it('strict F1 counts exact matches only, null beads included', () => {
    const ref = [{ zh: [0], en: [0] }, { zh: [1], en: [] }, { zh: [2], en: [1, 2] }];
    expect(strictF1(ref, ref).f1).toBe(1);
    const f = strictF1([{ zh: [0], en: [0] }, { zh: [1, 2], en: [1, 2] }], ref);
    expect(f.matched).toBe(1);
    expect(f.precision).toBe(0.5);
    expect(f.recall).toBeCloseTo(1 / 3);
    expect(beadsTile([{ zh: [0], en: [1] }], 1, 2)).toBe(false);
    expect(beadsTile([{ zh: [], en: [] }], 0, 0)).toBe(false);
  });
});
