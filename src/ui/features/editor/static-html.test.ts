import { describe, it, expect } from 'vitest';
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { decoratedHtml } from './static-html.ts';
import { placeholderPlugin } from './placeholder.ts';
import { segmentDoc, textDoc } from './schema.ts';

/** A plugin decorating text offsets [from, to) with a class, as the feature plugins do. */
const marks = (...spans: [number, number, string][]) =>
  new Plugin({ props: { decorations: (state) => DecorationSet.create(state.doc, spans.map(([from, to, cls]) => Decoration.inline(from + 1, to + 1, { class: cls }))) } });

describe('decoratedHtml', () => {
  it('escapes the text and wraps decorated pieces, nesting where decorations overlap', () => {
    expect(decoratedHtml(textDoc('a<b>&c'), [marks([0, 3, 'x'], [2, 5, 'y'])])).toBe(
      '<p class="seg" data-status="new"><span class="x">a&lt;</span><span class="x"><span class="y">b</span></span><span class="y">&gt;&amp;</span>c</p>',
    );
  });

  it('puts node decorations on the paragraph and keeps an empty paragraph one line high', () => {
    expect(decoratedHtml(textDoc(''), [placeholderPlugin('Type "here"')])).toBe('<p class="seg seg-empty is-empty" data-status="new" data-placeholder="Type &quot;here&quot;"><br class="ProseMirror-trailingBreak"></p>');
    expect(decoratedHtml(textDoc('plain'), [])).toBe('<p class="seg" data-status="new">plain</p>');
  });

  it('renders one paragraph per segment, cutting decorations at segment edges', () => {
    const doc = segmentDoc([{ text: 'ab', status: 'confirmed', id: 7 }, { text: 'cd' }], ' ');
    // Positions: "ab" at 1..3, "cd" at 5..7; a decoration across both is cut per segment.
    const across = new Plugin({ props: { decorations: (state) => DecorationSet.create(state.doc, [Decoration.inline(2, 6, { class: 'x' })]) } });
    expect(decoratedHtml(doc, [across])).toBe(
      '<p class="seg" data-status="confirmed" data-segment-id="7">a<span class="x">b</span></p><p class="seg" data-status="new"><span class="x">c</span>d</p>',
    );
  });
});
