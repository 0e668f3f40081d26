import { describe, expect, it } from 'vitest';
import { generatePairs } from './generate.ts';
import { TmIndex, type TmIndexUnit } from './tm-index.ts';
import { compilePattern, myersDistance } from './myers.ts';
import { fuzzyScore } from './score.ts';
import { foldForMatch } from '../text/match-fold.ts';
import { findNumbers, maskNumbers } from './placeables.ts';

const pairs = generatePairs(5000, 7);
function indexOf(units: readonly { source: string; target: string }[]): TmIndex {
  const index = new TmIndex();
  index.add(units.map((u, k): TmIndexUnit => ({ id: k + 1, ...u })), true);
  index.freeze();
  return index;
}
const big = indexOf(pairs);
const folded = pairs.map((p) => foldForMatch(p.source));

describe('TM quality', () => {
  it('an exact source scores 100 and comes first even among near-identical units', () => {
    const source = '2019年，林西县驻村工作队推进脱贫攻坚工作，成效显著。';
    const near = [
      { source: '2019年，林西县驻村工作队推进脱贫攻坚工作，成效明显。', target: 'near 1' },
      { source: '2019年，林西县驻村工作队推进脱贫攻坚工作，成效显著！', target: 'near 2' },
      { source, target: 'exact' },
      { source: '2019年,林西县驻村工作队推进脱贫攻坚工作,成效显著。', target: 'half-width commas' },
      { source: '2018年，林西县驻村工作队推进脱贫攻坚工作，成效显著。', target: 'In 2018, it worked.' },
    ];
    const index = indexOf([...pairs.slice(0, 2000), ...near]);
    const hits = index.lookup({ source: ` ${source}` }, { limit: 5 });
    expect(hits[0]).toMatchObject({ target: 'exact', score: 100 });
    expect(hits.filter((h) => h.score === 100)).toHaveLength(1);
    expect(hits.find((h) => h.target === 'half-width commas')?.score).toBe(99);
  });

  it('an exact source with matching neighbours scores 101', () => {
    const index = new TmIndex();
    index.add([
      { id: 1, source: '甲乙丙丁。', target: 'A', prevSource: '前一句。', nextSource: '后一句。' },
      { id: 2, source: '甲乙丙丁。', target: 'B', prevSource: '别的。', nextSource: '后一句。' },
    ]);
    const hits = index.lookup({ source: '甲乙丙丁。', prevSource: '前一句。', nextSource: '后一句。' });
    expect(hits.map((h) => [h.target, h.score])).toEqual([['A', 101], ['B', 100]]);
  });

  it('a source with one number changed returns the right unit first with its numbers adapted', () => {
    let checked = 0;
    for (const pair of pairs.slice(0, 300)) {
      const m = /共(?:推进|实施|落实|完善|加强|建立|开展|巩固)\D+(\d+)/.exec(pair.source) ?? /惠及(\d+)/.exec(pair.source);
      if (!m) continue;
      const old = m[1]!;
      const changed = String(Number(old) + 7);
      const query = pair.source.replace(old, changed);
      // Skip queries that another unit matches as well (it differs from the query in one number too).
      const rivals = pairs.filter((p) => p.source !== pair.source && maskNumbers(p.source) === maskNumbers(query));
      const differing = (a: string) => findNumbers(a).filter((n, i) => n.value !== findNumbers(query)[i]?.value).length;
      if (rivals.some((p) => differing(p.source) <= 1)) continue;
      const [first] = big.lookup({ source: query });
      expect(first?.source).toBe(pair.source);
      expect(first?.score).toBe(99);
      expect(first?.adapted?.target).toBe(pair.target.replace(old, changed));
      const [start, end] = first!.adapted!.marks[0]!;
      expect(first!.adapted!.target.slice(start, end)).toBe(changed);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('a source with a few characters edited returns the right unit first, scored 75–99', () => {
    const edits: ((s: string) => string)[] = [
      (s) => s.replace('，', '，今年'),
      (s) => s.replace(/。$/, '了。'),
      (s) => s.slice(0, 6) + '全' + s.slice(7),
      (s) => s.replace(/，(..)/, '，'),
    ];
    let checked = 0;
    pairs.slice(0, 200).forEach((pair, k) => {
      const query = edits[k % edits.length]!(pair.source);
      if (query === pair.source) return;
      const hits = big.lookup({ source: query }, { limit: 3 });
      const q = foldForMatch(query);
      const pattern = compilePattern(q);
      const score = (f: string) => fuzzyScore(myersDistance(pattern, f), q.length, f.length);
      const expected = score(folded[k]!);
      // Skip queries for which another unit is as close (then either may rank first).
      if (folded.some((f, j) => j !== k && f !== folded[k] && score(f) >= expected)) return;
      expect(hits[0]?.source).toBe(pair.source);
      expect(hits[0]!.score).toBeGreaterThanOrEqual(75);
      expect(hits[0]!.score).toBeLessThanOrEqual(99);
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('unrelated text returns nothing above 70', () => {
    const unrelated = ['今天天气很好，我们去公园散步吧。', '他在图书馆里读了一本关于宋代诗歌的书。', '请把这份文件翻译成英文并发给我。', '这家餐厅的饺子非常好吃。'];
    for (const source of unrelated) {
      expect(big.lookup({ source }, { min: 0, limit: 10 }).every((h) => h.score <= 70)).toBe(true);
    }
  });

  it('agrees with a brute-force scan on the best score (candidates are not lost by the index)', () => {
    for (const pair of pairs.slice(100, 140)) {
      const query = pair.source.slice(2) + '情况';
      const q = foldForMatch(query);
      const pattern = compilePattern(q);
      let best = 0;
      for (const f of folded) best = Math.max(best, fuzzyScore(myersDistance(pattern, f), q.length, f.length));
      expect(big.lookup({ source: query }, { limit: 1, min: 50 })[0]?.score ?? 0).toBe(best);
    }
  });
});

describe('TM concordance', () => {
  const index = indexOf([
    { source: '驻村工作队进村入户。', target: 'The village-based work team visited every household.' },
    { source: '工作队撤离。', target: 'The team left.' },
    { source: '驻 村', target: 'Stationed in a village' },
    { source: '林西县', target: 'Linxi County' },
  ]);
  it('finds one character, a two-character word and a phrase, whitespace aside', () => {
    expect(index.concordance('县', 'source')).toEqual({ total: 1, ids: [4] });
    expect(index.concordance('驻村', 'source')).toEqual({ total: 2, ids: [3, 1] });
    expect(index.concordance('驻村', 'source', 1)).toEqual({ total: 2, ids: [3] });
    expect(index.concordance('驻村工作队', 'source')).toEqual({ total: 1, ids: [1] });
    expect(index.concordance('工作队', 'source')).toEqual({ total: 2, ids: [2, 1] });
    expect(index.concordance('无此', 'source')).toEqual({ total: 0, ids: [] });
  });
  it('searches targets case-insensitively', () => {
    expect(index.concordance('TEAM', 'target')).toEqual({ total: 2, ids: [2, 1] });
    index.add([{ id: 9, source: '新', target: 'A new team' }]);
    expect(index.concordance('team', 'target').ids).toEqual([9, 2, 1]);
    expect(index.concordance('a new', 'target', 5)).toEqual({ total: 1, ids: [9] });
  });
});
