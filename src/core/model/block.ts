/**
 * The structural role of a block of source text. Importers decide it; exporters and the editor
 * read it. `body`, `heading`, `caption`, `list-item` and `quote` are translatable prose;
 * `byline` is translatable too (an editor credit is still text) but never joins a neighbour.
 * `footnote`, `equation`, `table` (one row per block) and `code` come from page layout (PDF):
 * kept as text, but a user often leaves them out of translation ({@link SKIPPABLE_KINDS}).
 */
export type BlockKind = 'heading' | 'body' | 'caption' | 'byline' | 'list-item' | 'quote' | 'footnote' | 'equation' | 'table' | 'code';

/** Every block kind, in a stable order (used by validation schemas and filters). */
export const BLOCK_KINDS: readonly BlockKind[] = ['heading', 'body', 'caption', 'byline', 'list-item', 'quote', 'footnote', 'equation', 'table', 'code'];

/** Kinds an import preview offers to leave out of translation in one click (not prose to translate as such). */
export const SKIPPABLE_KINDS: readonly BlockKind[] = ['footnote', 'table', 'equation', 'code'];

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
  /** For headings whose level the importer could tell (1 = chapter / 一、, 2 = 1.1 / （一）, …). Not stored in projects yet. */
  readonly level?: number;
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
