/**
 * The structural role of a block of source text. Importers decide it; exporters and the editor
 * read it. Only `body`, `heading`, `caption`, `list-item` and `quote` are translatable prose;
 * `byline` is translatable too (an editor credit is still text) but never joins a neighbour.
 */
export type BlockKind = 'heading' | 'body' | 'caption' | 'byline' | 'list-item' | 'quote';

/** Every block kind, in a stable order (used by validation schemas and filters). */
export const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'body', 'caption', 'byline', 'list-item', 'quote'];

/**
 * Translation status of one block. `new`: no target yet; `draft`: the translator typed something;
 * `confirmed`: the translator approved it (Ctrl+Enter). Exports map these to XLIFF `state`.
 */
export type BlockStatus = 'new' | 'draft' | 'confirmed';

/** Every status, in workflow order. */
export const BLOCK_STATUSES: readonly BlockStatus[] = ['new', 'draft', 'confirmed'];

/**
 * One paragraph-sized unit of a document as importers produce it: plain text, no markup.
 * `page` is the 1-based page the block starts on, when the source had pages (PDF, layout text).
 */
export interface SourceBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly page?: number;
}

/**
 * Something an importer removed from the text on purpose (running head, folio, slug, page strip,
 * footer, empty markup). Kept so the user can see what was dropped and why.
 */
export interface DroppedLine {
  readonly reason: DropReason;
  readonly text: string;
  readonly page?: number;
}

/** Why an importer left a line out of the translatable text. */
export type DropReason = 'running-head' | 'folio' | 'slug' | 'page-strip' | 'footer' | 'figure' | 'markup' | 'other';
