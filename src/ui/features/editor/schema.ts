import { Schema, type Node as PMNode } from 'prosemirror-model';
import type { BlockStatus } from '../../../core/model/index.ts';
import type { SegmentOrigin } from '../../../core/segments/model.ts';
import { joinTargets } from '../../../core/segments/join.ts';

/**
 * The schema of one pane of a row (Chinese or English): the block's segments, one `seg`
 * textblock each, holding plain text. A segment's attributes are its host id (null for the new
 * part of a split until saved), its UTF-16 range of the Chinese, status and origin, so the
 * English editor's document is the whole truth of the block's segment work and its undo history
 * covers typing, confirming, splitting and merging alike. The doc's `separator` is what joins
 * the segments' texts into the block text: ' ' for English, '' for the Chinese (whose segments
 * tile the source). The sentence view lays segments out as rows; the paragraph view inline.
 */
export const textSchema = new Schema({
  nodes: {
    doc: { content: 'seg+', attrs: { separator: { default: '' } } },
    seg: {
      content: 'text*',
      attrs: { id: { default: null }, start: { default: 0 }, end: { default: 0 }, status: { default: 'new' }, origin: { default: 'typed' } },
      parseDOM: [{ tag: 'p' }],
      toDOM: (node) => [
        'p',
        {
          class: node.content.size === 0 ? 'seg seg-empty' : 'seg',
          'data-status': String(node.attrs.status),
          ...(node.attrs.id !== null ? { 'data-segment-id': String(node.attrs.id) } : {}),
        },
        0,
      ],
    },
    text: {},
  },
});

/** What a segment node stands for (its attributes plus its text). */
export interface SegmentAttrs {
  readonly id: number | null;
  readonly start: number;
  readonly end: number;
  readonly status: BlockStatus;
  readonly origin: SegmentOrigin;
}

/** One segment for {@link segmentDoc}: attributes and text. */
export interface SegmentContent extends Partial<SegmentAttrs> {
  readonly text: string;
}

/** Builds a pane document from segments; `separator` joins their texts into the block text. */
export function segmentDoc(segments: readonly SegmentContent[], separator: string): PMNode {
  const list = segments.length > 0 ? segments : [{ text: '' }];
  const nodes = list.map(({ text, ...attrs }) => textSchema.nodes.seg!.create(attrs, text ? textSchema.text(text) : null));
  return textSchema.nodes.doc!.create({ separator }, nodes);
}

/** A one-segment document holding `text` (a history preview, a block without segments). */
export function textDoc(text: string, separator = ' '): PMNode {
  return segmentDoc([{ text }], separator);
}

/** The plain text a pane document stands for: its segments' texts joined by its separator (empty ones skipped). */
export function docText(doc: PMNode): string {
  const texts: string[] = [];
  doc.forEach((seg) => texts.push(seg.textContent));
  return joinTargets(texts, String(doc.attrs.separator));
}

/** Each segment of a pane document with its attributes, text and document position. */
export function segmentsOf(doc: PMNode): (SegmentAttrs & { readonly text: string; readonly pos: number; readonly index: number })[] {
  const out: (SegmentAttrs & { text: string; pos: number; index: number })[] = [];
  doc.forEach((seg, pos, index) => out.push({ ...(seg.attrs as SegmentAttrs), text: seg.textContent, pos, index }));
  return out;
}

/**
 * The document position of block-text offset `offset` (UTF-16, into {@link docText}): inside
 * the segment holding it. An offset on a separator goes to the start of the next segment; one
 * at a segment's end stays at that end. Past the end: the end of the last segment.
 */
export function toPos(doc: PMNode, offset: number): number {
  const sep = String(doc.attrs.separator).length;
  let acc = 0;
  let any = false;
  let result = -1;
  doc.forEach((seg, pos) => {
    if (result >= 0) return;
    const length = seg.content.size;
    if (length === 0) return;
    if (any) acc += sep;
    if (offset <= acc + length) result = pos + 1 + Math.max(0, offset - acc);
    acc += length;
    any = true;
  });
  return result >= 0 ? result : Math.max(1, doc.content.size - 1);
}

/** The block-text offset of document position `pos` (the inverse of {@link toPos}; positions between segments clamp). */
export function toOffset(doc: PMNode, pos: number): number {
  const sep = String(doc.attrs.separator).length;
  let acc = 0;
  let any = false;
  let result = -1;
  doc.forEach((seg, at) => {
    if (result >= 0) return;
    const length = seg.content.size;
    const start = at + 1;
    const here = any && length > 0 ? acc + sep : acc;
    if (pos <= start + length) {
      result = here + Math.min(length, Math.max(0, pos - start));
      return;
    }
    if (length > 0) {
      acc = here + length;
      any = true;
    }
  });
  return result >= 0 ? result : acc;
}
