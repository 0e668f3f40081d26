import { describe, it, expect } from 'vitest';
import { Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { decoratedHtml } from './static-html.ts';
import { placeholderPlugin } from './placeholder.ts';

/** A plugin decorating text offsets [from, to) with a class, as the feature plugins do. */
const marks = (...spans: [number, number, string][]) =>
  new Plugin({ props: { decorations: (state) => DecorationSet.create(state.doc, spans.map(([from, to, cls]) => Decoration.inline(from + 1, to + 1, { class: cls }))) } });

describe('decoratedHtml', () => {
  it('escapes the text and wraps decorated pieces, nesting where decorations overlap', () => {
    expect(decoratedHtml('a<b>&c', [marks([0, 3, 'x'], [2, 5, 'y'])])).toBe(
      '<p><span class="x">a&lt;</span><span class="x"><span class="y">b</span></span><span class="y">&gt;&amp;</span>c</p>',
    );
  });

  it('puts node decorations on the paragraph and keeps an empty paragraph one line high', () => {
    expect(decoratedHtml('', [placeholderPlugin('Type "here"')])).toBe('<p class="is-empty" data-placeholder="Type &quot;here&quot;"><br class="ProseMirror-trailingBreak"></p>');
    expect(decoratedHtml('plain', [])).toBe('<p>plain</p>');
  });
});
