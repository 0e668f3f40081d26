import { describe, expect, it } from 'vitest';
import { AppError } from '../model/errors.ts';
import { LIMITS } from '../limits/index.ts';
import { xmlErrors } from './errors.ts';
import { parseXmlSafely } from './reader.ts';
import { descendants, plainText } from './tree.ts';

const codes = xmlErrors({ doctype: 'glossary:errors.tbxNotTbx', entity: 'export:errors.notXliff', malformed: 'export:errors.notTmx' });

function outcome(xml: string): string {
  try {
    parseXmlSafely(xml, codes);
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

/** Milliseconds one call takes; generous bounds only catch super-linear blow-ups (seconds, not ms). */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('parseXmlSafely: bounded on hostile input', () => {
  it('answers an unclosed DOCTYPE of 2 MB at once (the old regex was quadratic)', () => {
    for (const tail of ['a'.repeat(2_000_000), 'a\n'.repeat(1_000_000), ' PUBLIC "x'.repeat(200_000)]) {
      const xml = `<?xml version="1.0"?><!DOCTYPE tmx ${tail}`;
      let code = '';
      expect(timed(() => (code = outcome(xml)))).toBeLessThan(1500);
      expect(code).toBe('export:errors.notTmx');
    }
  });
  it('refuses nesting past the limit by name, and parses just under it without recursion', () => {
    const deep = (n: number): string => '<a>'.repeat(n) + 'x' + '</a>'.repeat(n);
    expect(outcome(deep(100_000))).toBe('limits:errors.nestingDepth');
    expect(outcome(deep(LIMITS.nestingDepth + 1))).toBe('limits:errors.nestingDepth');
    const root = parseXmlSafely(deep(LIMITS.nestingDepth), codes);
    expect(plainText(root)).toBe('x');
  });
  it('refuses more units than the limit before building a tree', () => {
    const xml = `<tmx><body>${'<tu><tuv><seg>x</seg></tuv></tu>'.repeat(LIMITS.units + 1)}</body></tmx>`;
    expect(outcome(xml)).toBe('limits:errors.units');
  });
  it('refuses one text run longer than the target limit, in text and in CDATA', () => {
    const long = 'x'.repeat(LIMITS.targetChars + 1);
    expect(outcome(`<r><s>${long}</s></r>`)).toBe('limits:errors.targetChars');
    expect(outcome(`<r><![CDATA[${long}]]></r>`)).toBe('limits:errors.targetChars');
  });
  it('answers unclosed comments, CDATA, attributes and tags of 10 MB quickly as malformed', () => {
    const big = 'x'.repeat(10_000_000);
    for (const xml of [`<a><!--${big}`, `<a><![CDATA[${big}`, `<a b="${big}`, `<a>${'<'.repeat(1_000_000)}`, `<a ${big}`]) {
      let code = '';
      expect(timed(() => (code = outcome(xml)))).toBeLessThan(2000);
      expect(code).toBe('export:errors.notTmx');
    }
  });
  it('keeps malformed-input messages short even when the bad construct is huge', () => {
    try {
      parseXmlSafely(`<r></${'b'.repeat(1_000_000)}>`, codes);
      expect.unreachable();
    } catch (error) {
      expect(String((error as AppError).details.message).length).toBeLessThan(200);
    }
  });
  it('walks 100,000 sibling units and wide trees without spreading arrays onto the stack', () => {
    const xml = `<tmx><body>${'<tu><tuv><seg>甲</seg></tuv></tu>'.repeat(100_000)}</body></tmx>`;
    const root = parseXmlSafely(xml, codes);
    expect(descendants(root, 'seg')).toHaveLength(100_000);
    expect(plainText(root)).toHaveLength(100_000);
  });
  it('still refuses the well-formedness errors the old validator caught', () => {
    for (const xml of ['<a><b></a>', '<a>', '</a>', '<a/><b/>', 'x<a/>', '<a b=c/>', '<a b/>', '<a b="1" b="2"/>', '<1a/>', '<a></a>tail']) {
      expect(outcome(xml), xml).toBe('export:errors.notTmx');
    }
    expect(outcome('<?xml version="1.0"?>\n<!-- c -->\n<a x=\'1\'><!-- in --><b/></a>\n<!-- after -->\n')).toBe('ok');
  });
});
