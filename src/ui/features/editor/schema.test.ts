import { describe, expect, it } from 'vitest';
import { docText, segmentDoc, toOffset, toPos } from './schema.ts';

describe('segment documents', () => {
  const doc = segmentDoc([{ text: 'One.' }, { text: '' }, { text: 'Two.' }], ' ');
  it('joins segment texts by the separator, skipping empty ones', () => {
    expect(docText(doc)).toBe('One. Two.');
    expect(docText(segmentDoc([{ text: '林西' }, { text: '县' }], ''))).toBe('林西县');
  });
  it('maps block-text offsets to positions and back', () => {
    const text = docText(doc);
    for (let offset = 0; offset <= text.length; offset++) {
      if (offset === 4) continue; // the separator: goes to the next segment's start
      const pos = toPos(doc, offset);
      expect(toOffset(doc, pos)).toBe(offset);
    }
    // Positions: seg0 content 1..5, seg1 (empty) 7, seg2 content 9..13.
    expect(toPos(doc, 0)).toBe(1);
    expect(toPos(doc, 4)).toBe(5);
    expect(toPos(doc, 5)).toBe(9);
    expect(doc.textBetween(toPos(doc, 5), toPos(doc, 9))).toBe('Two.');
    expect(toOffset(doc, 7)).toBe(4);
  });
});
