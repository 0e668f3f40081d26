import { describe, expect, it } from 'vitest';
import { isLiveMtDraft, MtState } from './mt-state.ts';

const DRAFT = { blockId: 7, provider: 'deepl', model: '', target: 'Linxi County' };

describe('MT drafts in the UI', () => {
  it('a row stays an MT draft only while its English is what MT wrote and it is still a draft', () => {
    expect(isLiveMtDraft(DRAFT, 'Linxi County', 'draft')).toBe(true);
    expect(isLiveMtDraft(DRAFT, 'Linxi County, edited', 'draft')).toBe(false);
    expect(isLiveMtDraft(DRAFT, 'Linxi County', 'confirmed')).toBe(false);
    expect(isLiveMtDraft(undefined, 'Linxi County', 'draft')).toBe(false);
  });

  it('replaces its drafts and tells subscribers', () => {
    const state = new MtState();
    let calls = 0;
    const off = state.subscribe(() => calls++);
    state.setDrafts([DRAFT]);
    expect([state.draft(7), state.draft(8), state.version, calls]).toEqual([DRAFT, undefined, 1, 1]);
    off();
    state.setDrafts([]);
    expect([state.draft(7), calls]).toEqual([undefined, 1]);
  });
});
