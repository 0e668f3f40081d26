import { describe, expect, it } from 'vitest';
import { readAnnotation } from '../annotate/w3c-read.ts';
import { finalizeImport } from '../import/finalize.ts';
import { importMarkdown } from '../import/markdown/import-markdown.ts';
import { AppError, isStackOverflow, toErrorPayload } from '../model/errors.ts';
import type { ImportResult } from '../model/index.ts';
import { checkLimit, LIMITS, limitError } from './index.ts';

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

const result = (...texts: string[]): ImportResult => resultOf(texts);
const resultOf = (texts: readonly string[]): ImportResult => ({
  paragraphs: texts.map((text) => ({ kind: 'body', text })),
  dropped: [],
  layout: { format: 'text', pages: 0, columnsPerPage: [] },
  punctuationRepairs: 0,
});

describe('limit errors', () => {
  it('name the limit in the code and carry its value', () => {
    const error = limitError('pages', 20_001);
    expect(error.code).toBe('limits:errors.pages');
    expect(error.details).toEqual({ limit: LIMITS.pages, actual: 20_001 });
    expect(codeOf(() => checkLimit('units', LIMITS.units))).toBe('no error');
    expect(codeOf(() => checkLimit('units', LIMITS.units + 1))).toBe('limits:errors.units');
  });
});

describe('Markdown blockquotes', () => {
  it('refuses 100,000 nested quote markers by the nesting limit instead of overflowing the stack', () => {
    expect(codeOf(() => importMarkdown(`${'>'.repeat(100_000)} 深\n`))).toBe('limits:errors.nestingDepth');
    expect(codeOf(() => importMarkdown(`${'> '.repeat(LIMITS.nestingDepth + 1)}深\n`))).toBe('limits:errors.nestingDepth');
  });
  it('still reads quotes nested up to the limit', () => {
    const blocks = importMarkdown(`${'> '.repeat(LIMITS.nestingDepth)}深层引文。\n`).paragraphs;
    expect(blocks).toEqual([{ kind: 'quote', text: '深层引文。' }]);
  });
});

describe('W3C selectors', () => {
  const annotation = (selector: unknown): unknown => ({ type: 'Annotation', target: { source: 'x', selector } });
  function chain(depth: number): unknown {
    let selector: Record<string, unknown> = { type: 'TextQuoteSelector', exact: '深' };
    for (let k = 0; k < depth; k++) selector = { type: 'FragmentSelector', value: 'p', refinedBy: selector };
    return selector;
  }
  it('refuses a refinedBy chain 100,000 deep by the nesting limit', () => {
    expect(codeOf(() => readAnnotation(annotation(chain(100_000)), 0))).toBe('limits:errors.nestingDepth');
  });
  it('reads a quote refined a few levels down', () => {
    expect(readAnnotation(annotation(chain(3)), 0)?.targets[0]?.quote?.exact).toBe('深');
  });
  it('refuses a quote longer than the field limit before anchoring it', () => {
    const huge = { type: 'TextQuoteSelector', exact: 'x'.repeat(LIMITS.fieldChars + 1) };
    expect(codeOf(() => readAnnotation(annotation(huge), 0))).toBe('limits:errors.fieldChars');
  });
});

describe('finalizeImport', () => {
  it('refuses more paragraphs than the limit', () => {
    const many = resultOf(Array.from({ length: LIMITS.paragraphs + 1 }, () => '段'));
    expect(codeOf(() => finalizeImport(many))).toBe('limits:errors.paragraphs');
  });
  it('refuses a paragraph with more sentences than the limit', () => {
    expect(codeOf(() => finalizeImport(result('句。'.repeat(LIMITS.sentencesPerParagraph + 1))))).toBe('limits:errors.sentencesPerParagraph');
    expect(codeOf(() => finalizeImport(result('句子。'.repeat(LIMITS.sentencesPerParagraph))))).toBe('no error');
  });
  it('removes control characters, counts them, and drops paragraphs that held nothing else', () => {
    const { result: cleaned, report } = finalizeImport(result('甲\u0000乙\u0007', '\u0000\u0001', '丙\t丁'));
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual(['甲乙', '丙\t丁']);
    expect(report.controlsRemoved).toBe(4);
  });
});

describe('stack overflow as the last line', () => {
  it('is reported as too complex, not as an internal error', () => {
    const recurse = (n: number): number => (n <= 0 ? 0 : 1 + recurse(n - 1));
    let caught: unknown;
    try {
      recurse(1e7);
    } catch (error) {
      caught = error;
    }
    expect(isStackOverflow(caught)).toBe(true);
    expect(toErrorPayload(caught).code).toBe('limits:errors.tooComplex');
    expect(toErrorPayload(new Error('x')).code).toBe('common:errors.internal');
  });
});
