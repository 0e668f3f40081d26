import { EditorState, type Plugin } from 'prosemirror-state';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

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
 * The inner HTML a pane document (`doc > seg+ > text`, see schema.ts) shows with the decorations
 * its plugins give, without an EditorView: one `<p class="seg">` per segment as ProseMirror would
 * render it (node decorations' attributes on the first), its text cut at decoration edges, each
 * piece wrapped in one `<span>` per inline decoration covering it (as ProseMirror nests them).
 * Used for rows shown as static text while the grid scrolls; the plugins are the ones the row's
 * editor will get, so highlights match.
 */
export function decoratedHtml(doc: PMNode, plugins: readonly Plugin[]): string {
  const state = EditorState.create({ doc, plugins: [...plugins] });
  const inline: Decoration[] = [];
  const nodeAttrs = new Map<number, Record<string, string | undefined>>();
  for (const plugin of state.plugins) {
    const source = plugin.props.decorations?.call(plugin, state) as DecorationSet | null | undefined;
    if (!source || typeof (source as Partial<DecorationSet>).find !== 'function') continue;
    for (const decoration of source.find()) {
      const node = state.doc.nodeAt(decoration.from);
      if (node && !node.isText && decoration.to === decoration.from + node.nodeSize) nodeAttrs.set(decoration.from, { ...nodeAttrs.get(decoration.from), ...attrsOf(decoration) });
      else if (decoration.to > decoration.from) inline.push(decoration);
    }
  }
  let html = '';
  state.doc.forEach((seg, pos) => {
    const text = seg.textContent;
    const start = pos + 1; // position of the segment's first character
    const cuts = new Set<number>([0, text.length]);
    for (const d of inline) {
      cuts.add(Math.max(0, Math.min(text.length, d.from - start)));
      cuts.add(Math.max(0, Math.min(text.length, d.to - start)));
    }
    const edges = [...cuts].sort((a, b) => a - b);
    let body = '';
    for (let i = 0; i + 1 < edges.length; i++) {
      const from = edges[i]!;
      const to = edges[i + 1]!;
      let piece = escape(text.slice(from, to));
      for (let k = inline.length - 1; k >= 0; k--) {
        const d = inline[k]!;
        if (d.from - start <= from && d.to - start >= to) piece = `<span${attrText(attrsOf(d))}>${piece}</span>`;
      }
      body += piece;
    }
    // ProseMirror gives an empty paragraph (or one ending in a line break) a trailing <br> so it keeps a line's height.
    if (text === '' || text.endsWith('\n')) body += '<br class="ProseMirror-trailingBreak">';
    const own: Record<string, string | undefined> = {
      class: text === '' ? 'seg seg-empty' : 'seg',
      'data-status': String(seg.attrs.status),
      ...(seg.attrs.id !== null ? { 'data-segment-id': String(seg.attrs.id) } : {}),
    };
    const extra = nodeAttrs.get(pos) ?? {};
    const merged = { ...own, ...extra, class: [own.class, extra.class].filter(Boolean).join(' ') };
    html += `<p${attrText(merged)}>${body}</p>`;
  });
  return html;
}
