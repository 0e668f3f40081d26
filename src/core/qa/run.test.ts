import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary/index.ts';
import { checkUnit, checkUnits, prepareGlossary, type QaCheck, type QaUnit } from './index.ts';

const unit = (source: string, target: string, id = 'u1'): QaUnit => ({ id, source, target });
const checksOf = (source: string, target: string, options = {}): QaCheck[] => checkUnit(unit(source, target), options).map((f) => f.check);
const entry = (id: string, source: string, targets: string[], forbidden: string[] = []): GlossaryEntry => ({ id, source, targets, forbidden, note: '', caseSensitive: false });

describe('traps that must not fire', () => {
  it.each([
    ['全年新增1.5万个岗位。', 'The year saw 15,000 new jobs.'],
    ['共有4000余家企业参加。', 'More than 4,000 companies took part.'],
    ['三个代表', 'the Three Represents'],
    ['百分之五十的居民支持。', '50 percent of residents agree.'],
    ['共１２个试点城市。', 'There are 12 pilot cities in all.'],
    ['他说：“我们会做到。”', 'He said, “We will do it.”'],
    ['”他补充说。', '” he added.'],
    ['这是人民的选择。', 'It’s the people’s choice.'],
    ['3月起实施。', 'It takes effect in March.'],
    ['上世纪90年代以来', 'since the 1990s'],
    ['第十四个五年规划', 'the 14th Five-Year Plan'],
    ['（一）扩大内需', '1) Expanding domestic demand'],
    ['一百二十名代表', 'one hundred and twenty deputies'],
    ['约5千米', 'about 5 km — a long walk…'],
  ])('%s → %s', (source, target) => {
    expect(checksOf(source, target)).toEqual([]);
  });
});

describe('real errors that must fire', () => {
  it('number-mismatch names what is missing and what is not in the source', () => {
    const [f] = checkUnit(unit('共2314人', '2,341 people in all'));
    expect(f?.check).toBe('number-mismatch');
    expect(f?.detail).toEqual({ key: 'qa:detail.numberBoth', params: { missing: '2,314', extra: '2,341' } });
    expect(f?.targetRanges).toEqual([{ start: 0, end: 5 }]);
  });

  it('number-mismatch: a Chinese numeral may be dropped, but a stated number must be licensed', () => {
    expect(checksOf('三个代表', 'the Represents')).toEqual([]);
    expect(checksOf('三个代表', 'the Four Represents')).toEqual(['number-mismatch']);
    expect(checksOf('增加1.5万人', 'an increase of 1,500 people')).toEqual(['number-mismatch']);
  });

  it('empty-target and untranslated suppress every other check', () => {
    expect(checksOf('你好 2', '  ')).toEqual(['empty-target']);
    expect(checksOf('你好 2', '你好 2')).toEqual(['untranslated']);
    expect(checksOf('你好世界', '你好世 w')).toEqual(['untranslated']);
    expect(checksOf('你好世界', 'hello 世 world')).toEqual(['cjk-in-target']);
  });

  it('full-width punctuation fires, curly quotes and apostrophes do not', () => {
    expect(checksOf('你好。', 'Hello。')).toEqual(['fullwidth-punct-in-target']);
    expect(checksOf('你好', 'Hello，world')).toEqual(['fullwidth-punct-in-target']);
    expect(checksOf('你好', '《Hello》')).toEqual(['fullwidth-punct-in-target']);
    expect(checksOf('你好', '“Hello,” it’s me')).toEqual([]);
  });

  it('unbalanced brackets: unmatched, mismatched; quotes are not brackets', () => {
    expect(checksOf('表1', 'see (Table 1')).toEqual(['unbalanced-brackets']);
    expect(checksOf('表1', 'see [Table 1)')).toEqual(['unbalanced-brackets']);
    expect(checksOf('表1', 'see Table 1)')).toEqual(['unbalanced-brackets']);
    expect(checksOf('表1', '” see {Table [1]}')).toEqual([]);
  });

  it('double-space', () => {
    const [f] = checkUnit(unit('你好', 'Hello  world'));
    expect(f?.check).toBe('double-space');
    expect(f?.targetRanges).toEqual([{ start: 5, end: 7 }]);
  });

  it('checks can be switched off', () => {
    expect(checksOf('你好', 'Hello  world。', { checks: new Set<QaCheck>(['double-space']) })).toEqual(['double-space']);
  });
});

describe('terms', () => {
  const glossary = prepareGlossary([
    entry('t1', '国务院', ['State Council'], ['State Department']),
    entry('t2', '公益性岗位扶贫', ['public-service job for poverty alleviation']),
  ]);
  it('term-missing and forbidden-term, with the offending words as target ranges', () => {
    expect(checksOf('国务院决定', 'The State Council decided', { glossary })).toEqual([]);
    expect(checksOf('国务院决定', 'The cabinet decided', { glossary })).toEqual(['term-missing']);
    const findings = checkUnit(unit('国务院决定', 'The State Department decided'), { glossary });
    expect(findings.map((f) => f.check)).toEqual(['term-missing', 'forbidden-term']);
    expect(findings[1]?.targetRanges).toEqual([{ start: 4, end: 20 }]);
  });
  it('a term that occurs twice is one finding with both occurrences', () => {
    const [f] = checkUnit(unit('国务院和国务院', 'The cabinet'), { glossary });
    expect(f?.check).toBe('term-missing');
    expect(f?.sourceRanges).toEqual([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
  });
  it('inflection inside a multi-word term (issue 15)', () => {
    expect(checksOf('提供公益性岗位扶贫', 'They offer public-service jobs for poverty alleviation.', { glossary })).toEqual([]);
  });
});

describe('inconsistent-translation', () => {
  it('flags every unit of a group with differing English, after width and whitespace normalisation', () => {
    const units = [unit('共１２个 城市', 'twelve cities', 'a'), unit('共12个城市', '12 cities', 'b'), unit('共12个城市', '12 cities ', 'c'), unit('别的', 'other', 'd')];
    const findings = checkUnits(units).filter((f) => f.check === 'inconsistent-translation');
    expect(findings.map((f) => [f.unit, f.detail.params.others])).toEqual([['a', 'b, c'], ['b', 'a'], ['c', 'a']]);
  });
  it('leaves empty and untranslated units out', () => {
    expect(checkUnits([unit('你好', 'Hello', 'a'), unit('你好', '', 'b')]).map((f) => f.check)).toEqual(['empty-target']);
  });
});
