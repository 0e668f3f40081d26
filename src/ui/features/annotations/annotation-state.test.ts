import { describe, expect, it } from 'vitest';
import { createAnnotation, createLink, DEFAULT_TAG_SET } from '../../../core/annotate/index.ts';
import { AnnotationState } from './annotation-state.ts';

const NOW = '2026-01-01T00:00:00.000Z';
const EN = 'Linxi pushed ahead.';

function loaded() {
  const state = new AnnotationState();
  const source = createAnnotation('林西县推进', 'source', 1, 0, 3, 'proper name', '', 'T', NOW, 's');
  const target = createAnnotation(EN, 'target', 1, 0, 5, 'proper name', '', 'T', NOW, 't');
  state.setBundle({ annotations: [source, target], links: [createLink(source, target, 'x', '', 'T', NOW, 'l')], comments: [], tagSet: DEFAULT_TAG_SET });
  return { state, source, target };
}

describe('AnnotationState', () => {
  it('drops the links of a removed annotation and repaints, but typing (live ranges) only notifies quietly', () => {
    const { state, target } = loaded();
    let calls = 0;
    state.subscribe(() => (calls += 1));
    const paint = state.paintVersion;
    state.setLive(1, [{ id: 't', start: 4, end: 9 }]);
    expect(state.paintVersion).toBe(paint);
    expect(state.where(target)).toEqual({ start: 4, end: 9, collapsed: false });
    state.removeAnnotation('t');
    expect(state.links).toEqual([]);
    expect(state.paintVersion).toBe(paint + 1);
    expect(calls).toBe(2);
  });

  it('reports a collapsed live range (text deleted while editing) and ignores a repeated selection', () => {
    const { state, target, source } = loaded();
    state.setLive(1, [{ id: 't', start: 2, end: 2 }]);
    expect(state.where(target).collapsed).toBe(true);
    expect(state.where(source)).toEqual({ start: 0, end: 3, collapsed: false }); // source spans never use live ranges
    let calls = 0;
    state.subscribe(() => (calls += 1));
    const selection = { blockId: 1, side: 'target' as const, start: 0, end: 5, quote: 'Linxi', text: EN };
    state.setSelection(selection);
    state.setSelection({ ...selection });
    expect(calls).toBe(1);
  });

  it('defaults the link category to "translation shift" when the tag set has it', () => {
    const { state } = loaded();
    state.setLinkFrom('s');
    expect(state.linkCategory).toBe('translation shift');
    state.setTagSet({ name: 'x', version: 1, tags: [{ name: 'only', colour: '#aaaaaa', description: '' }] });
    state.setLinkFrom('s');
    expect(state.linkCategory).toBe('only');
  });
});
