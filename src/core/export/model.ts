/**
 * The input every exporter reads: a project snapshot with documents, blocks, notes and
 * annotations, plus the options the export dialog offers. Exporters never see the database or
 * the editor; the host builds this snapshot.
 */
import type { BlockKind, BlockStatus } from '../model/block.ts';
import type { SentenceSpan } from '../text/sentences.ts';

/** A span annotation on one side of a block. Offsets are UTF-16 units within that side's text. */
export interface ExportAnnotation {
  readonly id: string;
  readonly side: 'source' | 'target';
  readonly start: number;
  readonly end: number;
  readonly category: string;
  readonly note: string;
}

/** One translatable block. `id` is unique across the whole project (it is the database id). */
export interface ExportBlock {
  readonly id: number;
  readonly kind: BlockKind;
  readonly status: BlockStatus;
  readonly source: string;
  readonly target: string;
  readonly notes: readonly string[];
  readonly annotations: readonly ExportAnnotation[];
  /**
   * The source's sentences as stored with the block (UTF-16 ranges tiling `source`), for
   * sentence-level exports; absent (or not tiling the source) means they are split on the fly.
   */
  readonly sourceSentences?: readonly SentenceSpan[];
}

/** A document of the project, its blocks in reading order. */
export interface ExportDocument {
  readonly id: number;
  readonly title: string;
  readonly blocks: readonly ExportBlock[];
}

/** A project snapshot. Languages are BCP 47 tags; they default to `zh-CN` → `en`. */
export interface ExportProject {
  readonly name: string;
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly documents: readonly ExportDocument[];
}

/** What the user chose in the export dialog. Every field is optional; see each default. */
export interface ExportOptions {
  /** Only blocks whose status is `confirmed` (default false). */
  readonly confirmedOnly?: boolean;
  /** Include `heading` blocks (default true). */
  readonly includeHeadings?: boolean;
  /** Include block notes and annotations (default true). */
  readonly includeNotes?: boolean;
  /** TMX only: one TU per block (`paragraph`, default) or per aligned sentence pair (`sentence`). */
  readonly segmentation?: 'paragraph' | 'sentence';
  /**
   * XLIFF/TMX: also carry each block's target as exported (default true), so that re-import can
   * tell a target edited in the file from one edited in Duizhao since (see mergeTranslations).
   */
  readonly carryExportedTarget?: boolean;
  /** TMX only: also write blocks that have no English yet, as TUs with an empty target (default false). */
  readonly includeUntranslated?: boolean;
  /** CSV only: start with a UTF-8 byte order mark so that Excel detects UTF-8 (default false). */
  readonly bom?: boolean;
  /** DOCX only: the East Asian font for Chinese runs (default "SimSun"). */
  readonly eastAsiaFont?: string;
}

/** The options with every default filled in. */
export type ResolvedOptions = Required<ExportOptions>;

/** Fills in the documented defaults of {@link ExportOptions}. */
export function resolveOptions(options: ExportOptions = {}): ResolvedOptions {
  return {
    confirmedOnly: options.confirmedOnly ?? false,
    includeHeadings: options.includeHeadings ?? true,
    includeNotes: options.includeNotes ?? true,
    segmentation: options.segmentation ?? 'paragraph',
    carryExportedTarget: options.carryExportedTarget ?? true,
    includeUntranslated: options.includeUntranslated ?? false,
    bom: options.bom ?? false,
    eastAsiaFont: options.eastAsiaFont ?? 'SimSun',
  };
}

/** Source language tag of a project (default `zh-CN`). */
export function sourceLangOf(project: ExportProject): string {
  return project.sourceLang ?? 'zh-CN';
}

/** Target language tag of a project (default `en`). */
export function targetLangOf(project: ExportProject): string {
  return project.targetLang ?? 'en';
}

/**
 * The stable id of a block in every export: `b` followed by its database id (`b42`). It is a
 * valid XML NMTOKEN and survives spreadsheets as text; {@link parseBlockId} reverses it.
 */
export function blockKey(id: number): string {
  return `b${id}`;
}

/** The database id inside a `b<id>` key (also accepts `b<id>-<n>` sentence TU ids), else undefined. */
export function parseBlockId(key: string | undefined): number | undefined {
  const match = /^b(\d+)(?:-\d+)?$/.exec(key?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** A document with only the blocks the options let through. */
export interface SelectedDocument {
  readonly document: ExportDocument;
  readonly blocks: readonly ExportBlock[];
}

/**
 * Applies `confirmedOnly` and `includeHeadings`, and drops annotations and notes when
 * `includeNotes` is off. Documents left without blocks are kept (with no blocks): each exporter
 * decides whether an empty document is worth writing.
 */
export function selectBlocks(project: ExportProject, options: ResolvedOptions): SelectedDocument[] {
  return project.documents.map((document) => ({
    document,
    blocks: document.blocks
      .filter((b) => (!options.confirmedOnly || b.status === 'confirmed') && (options.includeHeadings || b.kind !== 'heading'))
      .map((b) => (options.includeNotes ? b : { ...b, notes: [], annotations: [] })),
  }));
}

/** The annotations of one side, each clamped into the text and off the middle of surrogate pairs. */
export function annotationsOn(block: ExportBlock, side: 'source' | 'target'): ExportAnnotation[] {
  const text = side === 'source' ? block.source : block.target;
  const snap = (offset: number): number => {
    const o = Math.min(Math.max(0, Math.trunc(offset)), text.length);
    const unit = text.charCodeAt(o);
    return o > 0 && unit >= 0xdc00 && unit <= 0xdfff && /[\uD800-\uDBFF]/.test(text[o - 1] ?? '') ? o - 1 : o;
  };
  return block.annotations
    .filter((a) => a.side === side)
    .map((a) => {
      const start = snap(a.start);
      return { ...a, start, end: Math.max(start, snap(a.end)) };
    });
}
