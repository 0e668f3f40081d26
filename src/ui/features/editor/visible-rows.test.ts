import { describe, expect, it } from 'vitest';
import type { BlockDto } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import type { WorkbenchFeature } from './feature.ts';
import { applyRowFilters, nextVisibleUnconfirmed } from './visible-rows.ts';

const block = (id: number, status: BlockStatus, target = ''): BlockDto => ({
  id,
  documentId: 1,
  index: id - 1,
  kind: 'body',
  source: `第${id}段`,
  target,
  status,
  updatedAt: '',
  sentences: [{ start: 0, end: `第${id}段`.length }],
});
const rows = [block(1, 'new'), block(2, 'confirmed'), block(3, 'draft', 'cat'), block(4, 'confirmed'), block(5, 'new', 'dog')];
const none = () => undefined;

describe('applyRowFilters', () => {
  it('shows every row without filters', () => {
    const v = applyRowFilters(rows, [{ id: 'x' }], none, none);
    expect(v.count).toBe(5);
    expect(v.step(4, 1)).toBeNull();
    expect(v.step(2, -1)).toBe(1);
  });

  it('keeps rows every filter accepts, with live status and text, and steps over hidden rows', () => {
    const unconfirmed: WorkbenchFeature = { id: 'nav', rowFilter: (_b, f) => f.status !== 'confirmed' };
    const typed = new Map([[5, 'typed dog']]);
    const withText: WorkbenchFeature = { id: 'find', rowFilter: (_b, f) => f.target.includes('dog') || f.status === 'new' };
    const v = applyRowFilters(rows, [unconfirmed, withText], (id) => (id === 1 ? 'confirmed' : undefined), (id) => typed.get(id));
    expect(Array.from({ length: v.count }, (_, p) => v.rowAt(p))).toEqual([4]);
    const w = applyRowFilters(rows, [unconfirmed], none, none);
    expect(Array.from({ length: w.count }, (_, p) => w.rowAt(p))).toEqual([0, 2, 4]);
    expect(w.positionOf(2)).toBe(1);
    expect(w.positionOf(1)).toBeNull();
    expect(w.step(0, 1)).toBe(2);
    expect(w.step(1, 1)).toBe(2); // from a hidden row: the next visible one
    expect(w.step(1, -1)).toBe(0);
    expect(w.step(4, 1)).toBeNull();
  });

  it('answers flags from any feature, false for flags nobody provides', () => {
    const provider: WorkbenchFeature = { id: 'annotate', rowFlags: [{ id: 'annotated', labelKey: 'annotate:filter.annotated', has: (id) => id === 3 }] };
    const filter: WorkbenchFeature = { id: 'nav', rowFilter: (_b, f) => f.flag('annotated') || f.flag('qa-finding') };
    const v = applyRowFilters(rows, [filter, provider], none, none);
    expect(Array.from({ length: v.count }, (_, p) => v.rowAt(p))).toEqual([2]);
  });
});

describe('nextVisibleUnconfirmed', () => {
  it('wraps around the visible rows and skips confirmed ones', () => {
    const all = applyRowFilters(rows, [], none, none);
    expect(nextVisibleUnconfirmed(rows, all, 2, none)).toBe(4);
    expect(nextVisibleUnconfirmed(rows, all, 4, none)).toBe(0);
    const odd = applyRowFilters(rows, [{ id: 'f', rowFilter: (b) => b.id % 2 === 1 }], none, none);
    expect(nextVisibleUnconfirmed(rows, odd, 0, none)).toBe(2);
    expect(nextVisibleUnconfirmed(rows, odd, 1, none)).toBe(2); // from a hidden row
    expect(nextVisibleUnconfirmed(rows, odd, 0, () => 'confirmed')).toBeNull();
  });
});
