import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_LENGTH, splitLongText } from './finish.ts';
import { importText } from './import-text.ts';
import { errorCode } from '../../model/testing/model-fixtures.ts';

/** Builds a text file from lines (joined with `eol`). */
const file = (lines: readonly string[], eol = '\n'): string => lines.join(eol);
const blank = '';
const FW = '\u3000\u3000';

const kinds = (text: string, repairPunctuation = false) =>
  importText(text, { repairPunctuation }).paragraphs.map((block) => [block.kind, block.text]);


describe('importText paragraphs', () => {
  it('splits at blank lines and joins CJK lines without a space, Latin lines with one', () => {
    const text = file(['今天天气', '很好。', blank, 'The weather', 'is fine.', blank, blank, '混合 mixed', 'text']);
    expect(kinds(text)).toEqual([
      ['body', '今天天气很好。'],
      ['body', 'The weather is fine.'],
      ['body', '混合 mixed text'],
    ]);
  });

  it('uses full-width first-line indentation when there are no blank lines', () => {
    const text = file([`${FW}第一段的第一行`, '第一段的第二行。', `${FW}第二段只有一行。`, `${FW}第三段`, '结束。']);
    expect(kinds(text)).toEqual([
      ['body', '第一段的第一行第一段的第二行。'],
      ['body', '第二段只有一行。'],
      ['body', '第三段结束。'],
    ]);
  });

  it('uses ASCII-space indentation the same way', () => {
    const text = file(['    First paragraph starts', 'and goes on.', '    Second one.']);
    expect(kinds(text)).toEqual([
      ['body', 'First paragraph starts and goes on.'],
      ['body', 'Second one.'],
    ]);
  });

  it('treats every line as a paragraph when nothing else marks paragraphs', () => {
    expect(kinds(file(['第一句话。', '第二句话。']))).toEqual([
      ['body', '第一句话。'],
      ['body', '第二句话。'],
    ]);
  });

  it('accepts CRLF and lone CR line ends and a leading BOM', () => {
    expect(kinds(`\ufeff${file(['甲', '乙', '', '丙'], '\r\n')}`)).toEqual([
      ['body', '甲乙'],
      ['body', '丙'],
    ]);
    expect(kinds(file(['甲', '', '乙'], '\r'))).toEqual([
      ['body', '甲'],
      ['body', '乙'],
    ]);
  });
});

describe('importText headings', () => {
  it('marks enumerated section labels as headings but not numbered sentences', () => {
    const text = file(['第一章 总则', blank, '一、基本原则', blank, '（一）适用范围', blank, '二、本条规定适用于全部人员。', blank, '正文。']);
    expect(kinds(text)).toEqual([
      ['heading', '第一章 总则'],
      ['heading', '一、基本原则'],
      ['heading', '（一）适用范围'],
      ['body', '二、本条规定适用于全部人员。'],
      ['body', '正文。'],
    ]);
  });

  it('marks a short centred line as a heading', () => {
    const text = file(['            春 望', blank, `${FW}国破山河在，城春草木深。`, blank, `${FW}感时花溅泪，恨别鸟惊心。`]);
    expect(kinds(text).map(([kind]) => kind)).toEqual(['heading', 'body', 'body']);
  });

  it('does not make a long single line a heading', () => {
    const long = '一、'.concat('很长的标题'.repeat(12));
    expect(kinds(file([long, blank, '正文。']))[0]?.[0]).toBe('body');
  });
});

describe('importText options and limits', () => {
  it('repairs half-width punctuation unless turned off, and counts the repairs', () => {
    const on = importText('我们,你们(他们)');
    expect(on.paragraphs[0]?.text).toBe('我们，你们（他们）');
    expect(on.punctuationRepairs).toBe(3);
    const off = importText('我们,你们', { repairPunctuation: false });
    expect(off.paragraphs[0]?.text).toBe('我们,你们');
    expect(off.punctuationRepairs).toBe(0);
  });

  it('reports format and encoding', () => {
    expect(importText('甲', { encoding: 'gb18030' }).layout).toEqual({ format: 'text', pages: 0, columnsPerPage: [], encoding: 'gb18030' });
  });

  it('refuses text with no words', () => {
    expect(errorCode(() => importText(''))).toBe('import:errors.noParagraphs');
    expect(errorCode(() => importText(' \n\u3000\n\t'))).toBe('import:errors.noParagraphs');
  });

  it('splits a giant line at sentence ends into blocks within the limit', () => {
    const sentence = '这是一个句子。';
    const text = sentence.repeat(Math.ceil((MAX_BLOCK_LENGTH * 3) / sentence.length));
    const blocks = importText(text, { repairPunctuation: false }).paragraphs;
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.every((block) => block.text.length <= MAX_BLOCK_LENGTH && block.text.endsWith('。'))).toBe(true);
    expect(blocks.map((block) => block.text).join('')).toBe(text);
  });

  it('cuts only at real sentence ends, not at 3.14 or a!b', () => {
    const text = `${'x'.repeat(MAX_BLOCK_LENGTH - 200)} end. ${'y'.repeat(150)} 3.14 a!b ${'z'.repeat(200)}.`;
    const pieces = splitLongText(text);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]?.endsWith(' end.')).toBe(true);
    expect(pieces[1]?.startsWith('yyy')).toBe(true);
  });

  it('refuses a giant line with no sentence break', () => {
    expect(errorCode(() => importText('x'.repeat(MAX_BLOCK_LENGTH + 1)))).toBe('import:errors.paragraphTooLong');
    expect(errorCode(() => splitLongText(`短句。${'长'.repeat(MAX_BLOCK_LENGTH + 5)}。`))).toBe('import:errors.paragraphTooLong');
  });
});
