import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { createAnnotation, DEFAULT_TAG_SET } from '../../../core/annotate/index.ts';
import { textDoc } from '../editor/schema.ts';
import { AnnotationState } from './annotation-state.ts';
import { REFRESH, targetAnnotationKey, targetAnnotationPlugin, toMappedRanges } from './plugins.ts';

const TEXT = 'Linxi pushed ahead with poverty alleviation.';
const BLOCK = 4;

function setup(text = TEXT) {
  const state = new AnnotationState();
  const at = (quote: string, id: string) => createAnnotation(text, 'target', BLOCK, text.indexOf(quote), text.indexOf(quote) + quote.length, 'metaphor', '', 'T', '2026-01-01T00:00:00.000Z', id);
  state.setBundle({ annotations: [at('pushed ahead', 'a'), at('poverty alleviation', 'b')], links: [], comments: [], tagSet: DEFAULT_TAG_SET });
  let editor = EditorState.create({ doc: textDoc(text), plugins: [targetAnnotationPlugin(BLOCK, state)] });
  const ranges = () => toMappedRanges(targetAnnotationKey.getState(editor)!);
  const quotes = () => ranges().map((r) => editor.doc.textContent.slice(r.start, r.end));
  const apply = (tr: ReturnType<typeof editor.tr.insertText>) => (editor = editor.apply(tr));
  return { state, ranges, quotes, apply, get editor() { return editor; } };
}

describe('target annotation plugin', () => {
  it('maps spans through typing before and inside them; typing at an edge stays outside', () => {
    const s = setup();
    s.apply(s.editor.tr.insertText('County of ', 1)); // before everything
    expect(s.quotes()).toEqual(['pushed ahead', 'poverty alleviation']);
    const inside = s.editor.doc.textContent.indexOf('ahead') + 1;
    s.apply(s.editor.tr.insertText('boldly ', inside));
    expect(s.quotes()).toEqual(['pushed boldly ahead', 'poverty alleviation']);
    const end = s.editor.doc.textContent.indexOf(' with') + 1;
    s.apply(s.editor.tr.insertText('!', end)); // right after "ahead"
    expect(s.quotes()).toEqual(['pushed boldly ahead', 'poverty alleviation']);
  });

  it('collapses a span whose text was deleted (the host then keeps it as an orphan)', () => {
    const s = setup();
    const from = TEXT.indexOf('pushed ahead') + 1;
    s.apply(s.editor.tr.delete(from, from + 'pushed ahead'.length));
    const [a] = s.ranges();
    expect(a!.start).toBe(a!.end);
  });

  it('finds spans again by quote when the whole text is replaced from outside, and picks up new annotations on refresh', () => {
    const s = setup();
    const replaced = `In 2020, ${TEXT}`;
    const doc = textDoc(replaced);
    s.apply(s.editor.tr.replaceWith(0, s.editor.doc.content.size, doc.content).setMeta('duizhao-external-text', true));
    expect(s.quotes()).toEqual(['pushed ahead', 'poverty alleviation']);
    s.state.putAnnotation(createAnnotation(replaced, 'target', BLOCK, 3, 7, 'error', '', 'T', '2026-01-01T00:00:00.000Z', 'c'));
    s.apply(s.editor.tr.setMeta(targetAnnotationKey, REFRESH));
    expect(s.quotes()).toEqual(['pushed ahead', 'poverty alleviation', '2020']);
  });
});
