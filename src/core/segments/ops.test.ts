import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SegmentDraft } from './model.ts';
import { derivedStatus, joinTargets, segmentTargetOffsets } from './join.ts';
import { mapOffset, mergeWithNext, redistribute, segmentEditChange, segmentsTile, splitAt } from './ops.ts';

const seg = (start: number, end: number, target = '', id?: number): SegmentDraft => ({
  ...(id !== undefined ? { id } : {}),
  start,
  end,
  target,
  status: target ? 'draft' : 'new',
  origin: 'typed',
});

describe('joinTargets / offsets / status', () => {
  it('joins by one space and skips empty segments', () => {
    expect(joinTargets(['A.', '', 'B.'])).toBe('A. B.');
    expect(joinTargets(['', ''])).toBe('');
    expect(joinTargets(['甲', '乙'], '')).toBe('甲乙');
  });
  it('gives each segment its start in the joined text', () => {
    expect(segmentTargetOffsets(['ab', '', 'cd'])).toEqual([0, 3, 3]);
    expect(segmentTargetOffsets(['', 'ab', ''])).toEqual([0, 0, 2]);
  });
  it('derives paragraph status', () => {
    expect(derivedStatus(['confirmed', 'confirmed'])).toBe('confirmed');
    expect(derivedStatus(['new', 'new'])).toBe('new');
    expect(derivedStatus(['confirmed', 'new'])).toBe('draft');
    expect(derivedStatus([])).toBe('new');
  });
});

describe('split and merge', () => {
  const three = [seg(0, 4, 'One.', 1), seg(4, 9, 'Two.', 2), seg(9, 12, '', 3)];
  it('splits inside a segment: English to the first part, an empty second', () => {
    const out = splitAt(three, 1, 6);
    expect(out.map((s) => [s.start, s.end, s.target, s.id])).toEqual([
      [0, 4, 'One.', 1],
      [4, 6, 'Two.', 2],
      [6, 9, '', undefined],
      [9, 12, '', 3],
    ]);
    expect(segmentsTile(out, 12)).toBe(true);
  });
  it('refuses a split at a segment edge', () => {
    expect(splitAt(three, 1, 4)).toEqual(three);
    expect(splitAt(three, 1, 9)).toEqual(three);
  });
  it('merges with the next, joining English and keeping the first id', () => {
    const out = mergeWithNext(three, 0);
    expect(out[0]).toEqual({ id: 1, start: 0, end: 9, target: 'One. Two.', status: 'draft', origin: 'typed' });
    expect(mergeWithNext(three, 2)).toEqual(three);
  });
  it('checks tiling', () => {
    expect(segmentsTile([seg(0, 2), seg(3, 4)], 4)).toBe(false);
    expect(segmentsTile([seg(0, 2), seg(2, 2), seg(2, 4)], 4)).toBe(false);
    expect(segmentsTile([seg(0, 0)], 0)).toBe(true);
  });
});

describe('redistribute a paragraph edit', () => {
  it('puts an edit inside one segment into that segment', () => {
    expect(redistribute(['A cat.', 'A dog.'], 'A cat. A big dog.')).toEqual(['A cat.', 'A big dog.']);
    expect(redistribute(['A cat.', 'A dog.'], 'A cat! A dog.')).toEqual(['A cat!', 'A dog.']);
  });
  it('gives an edit across segments to the first, never losing text', () => {
    expect(redistribute(['One.', 'Two.', 'Three.'], 'One, two. Three.')).toEqual(['One, two.', '', 'Three.']);
  });
  it('fills the first segment when there was no English', () => {
    expect(redistribute(['', ''], 'All of it.')).toEqual(['All of it.', '']);
  });
  it('keeps the joined text for arbitrary edits', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.') }), { minLength: 1, maxLength: 5 }), fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', 'c') }), (targets, joined) => {
        const out = redistribute(targets, joined);
        expect(out).toHaveLength(targets.length);
        // Only a deletion that leaves two separators together may lose one of them.
        expect(joinTargets(out).replace(/ +/g, ' ')).toBe(joined.replace(/ +/g, ' '));
      }),
    );
  });
});

describe('property: splits, merges and segment edits keep the Chinese and anchor annotations', () => {
  const SOURCE = '林西县推进脱贫攻坚，成效显著。群众说：“好！”一二三四五六七八。';
  type Op = { kind: 'split'; index: number; at: number } | { kind: 'merge'; index: number } | { kind: 'edit'; index: number; text: string };
  const op = fc.oneof(
    fc.record({ kind: fc.constant('split' as const), index: fc.nat(20), at: fc.nat(SOURCE.length) }),
    fc.record({ kind: fc.constant('merge' as const), index: fc.nat(20) }),
    fc.record({ kind: fc.constant('edit' as const), index: fc.nat(20), text: fc.string({ unit: fc.constantFrom('x', 'y', 'Z', ' ', '.'), maxLength: 8 }) }),
  );

  it('holds for any sequence', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops: Op[]) => {
        let segments: SegmentDraft[] = [seg(0, SOURCE.length, 'Lead text. Tail text.', 1)];
        // One annotation per segment English, as block-level offsets into the joined English.
        const joined0 = joinTargets(segments.map((s) => s.target));
        let spans = [{ start: 0, end: 4, quote: 'Lead' }, { start: 11, end: 15, quote: 'Tail' }];
        expect(joined0.slice(11, 15)).toBe('Tail');
        for (const o of ops) {
          const before = joinTargets(segments.map((s) => s.target));
          if (o.kind === 'split') {
            const index = o.index % segments.length;
            segments = splitAt(segments, index, o.at);
          } else if (o.kind === 'merge') {
            segments = mergeWithNext(segments, o.index % segments.length);
          } else {
            const index = o.index % segments.length;
            const targets = segments.map((s) => s.target);
            const change = segmentEditChange(targets, index, o.text);
            segments = segments.map((s, i) => (i === index ? { ...s, target: o.text } : s));
            spans = spans.map((sp) => ({ ...sp, start: mapOffset(change, sp.start, 1), end: mapOffset(change, sp.end, -1) }));
            spans = spans.map((sp) => (sp.end < sp.start ? { ...sp, end: sp.start } : sp));
          }
          const after = joinTargets(segments.map((s) => s.target));
          if (o.kind !== 'edit') expect(after).toBe(before);
          expect(segmentsTile(segments, SOURCE.length)).toBe(true);
          expect(segments.map((s) => SOURCE.slice(s.start, s.end)).join('')).toBe(SOURCE);
          // Every span whose text survived still reads its quote at its (mapped) offsets.
          for (const sp of spans) if (sp.end - sp.start === sp.quote.length) expect(after.slice(sp.start, sp.end)).toBe(sp.quote);
        }
      }),
      { numRuns: 300 },
    );
  });
});
