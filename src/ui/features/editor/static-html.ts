import { EditorState, type Plugin } from 'prosemirror-state';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import { textDoc } from './schema.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);

type Attrs = Readonly<Record<string, string | undefined>>;

// Decoration attributes are not in prosemirror-view's public types, but every decoration has them.
const attrsOf = (decoration: Decoration): Attrs => (decoration as unknown as { type: { attrs?: Attrs } }).type.attrs ?? {};

function attrText(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || name === 'nodeName') continue;
    out += ` ${name}="${escape(value)}"`;
  }
  return out;
}

/**
 * The inner HTML a one-paragraph pane (`doc > paragraph > text`) shows with the decorations its
 * plugins give, without an EditorView: a `<p>` carrying node decorations' attributes, the text
 * cut at decoration edges, each piece wrapped in one `<span>` per inline decoration covering it
 * (as ProseMirror nests them). Used for rows shown as static text while the grid scrolls; the
 * plugins are the ones the row's editor will get, so highlights match.
 */
export function decoratedHtml(text: string, plugins: readonly Plugin[]): string {
  const state = EditorState.create({ doc: textDoc(text), plugins: [...plugins] });
  const paragraph = state.doc.firstChild!;
  const inline: Decoration[] = [];
  const nodeAttrs: Record<string, string | undefined> = {};
  for (const plugin of state.plugins) {
    const source = plugin.props.decorations?.call(plugin, state) as DecorationSet | null | undefined;
    if (!source || typeof (source as Partial<DecorationSet>).find !== 'function') continue;
    for (const decoration of source.find()) {
      if (decoration.from === 0 && decoration.to === paragraph.nodeSize) Object.assign(nodeAttrs, attrsOf(decoration));
      else if (decoration.to > decoration.from) inline.push(decoration);
    }
  }
  // Text offset u is document position u + 1.
  const cuts = new Set<number>([0, text.length]);
  for (const d of inline) {
    cuts.add(Math.max(0, Math.min(text.length, d.from - 1)));
    cuts.add(Math.max(0, Math.min(text.length, d.to - 1)));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  let body = '';
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    let piece = escape(text.slice(from, to));
    for (let k = inline.length - 1; k >= 0; k--) {
      const d = inline[k]!;
      if (d.from - 1 <= from && d.to - 1 >= to) piece = `<span${attrText(attrsOf(d))}>${piece}</span>`;
    }
    body += piece;
  }
  // ProseMirror gives an empty paragraph (or one ending in a line break) a trailing <br> so it keeps a line's height.
  if (text === '' || text.endsWith('\n')) body += '<br class="ProseMirror-trailingBreak">';
  return `<p${attrText(nodeAttrs)}>${body}</p>`;
}
