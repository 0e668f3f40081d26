import { z } from 'zod';
import { LIMITS } from '../core/limits/index.ts';
import { BLOCK_KINDS, BLOCK_STATUSES } from '../core/model/index.ts';
import type { I18nKey } from '../core/i18n/keys.ts';
import type {
  BlockDto,
  FilePayload,
  ImportOptions,
  ImportPreview,
  ProjectInfo,
  ProjectStats,
  RevisionDto,
  SessionInfo,
} from './dto.ts';
import type { BlockKind, BlockStatus } from '../core/model/index.ts';
import type { GlossaryEntry } from '../core/glossary/model.ts';
import type { Annotation, AnnotationLink, BlockComment } from '../core/annotate/model.ts';
import type { TagSet } from '../core/annotate/tags.ts';
import {
  EXPORT_FORMATS,
  type AnnotationBundle,
  type AnnotationImportSummary,
  type ExportFormat,
  type ExportRequestOptions,
  type ExportedFile,
  type GlossaryEntryInput,
  type GlossaryImportSummary,
  type MappedRange,
  type TargetEdit,
  type TranslationImportSummary,
  type QaIgnore,
  type MtSettingsDto,
  type MtSettingsInputDto,
  type PretranslateResultDto,
  type MtDraftDto,
} from './feature-dto.ts';
import type { TmConcordanceDto, TmImportDto, TmInfoDto, TmMatchDto } from './tm-dto.ts';
import type { AlignPreview } from './align-dto.ts';

/**
 * The one contract between the renderer and the host. Implemented once in `src/host`, carried by
 * two transports (Electron IPC in `electron/`, HTTP in `src/server`). Every method takes exactly
 * one JSON-safe payload object and resolves to a JSON-safe value; failures reject with an
 * `{code, details}` error whose code is an i18n key (see `AppError`).
 */
export interface WorkbenchApi {
  /** The open project, if any, and the recent-projects list. */
  getSession(input: Record<string, never>): Promise<SessionInfo>;
  /** Opens the bundled sample project (creating it in the workspace on first use). */
  openSample(input: Record<string, never>): Promise<ProjectInfo>;
  /** Opens an existing `.duizhao` project file; fails with `errors.projectLocked` if another process has it. */
  openProject(input: { path: string }): Promise<ProjectInfo>;
  /** Parses a source file without writing anything, for the import preview. */
  previewImport(input: { file: FilePayload; options?: ImportOptions; requestId?: string }): Promise<ImportPreview>;
  /** Creates a new project in the workspace from a source file and opens it (reusing the preview's parse). */
  createProject(input: { file: FilePayload; name?: string; options?: ImportOptions; requestId?: string }): Promise<ProjectInfo>;
  /** Progress of the import started with `requestId` (null when unknown): for the progress bar of long PDFs. */
  getImportProgress(input: { requestId: string }): Promise<{ done: number; total: number; running: boolean } | null>;
  /** Cancels the import started with `requestId`; it then fails with `import:errors.cancelled`. */
  cancelImport(input: { requestId: string }): Promise<Record<string, never>>;
  /** All blocks of one document of the open project, in order. */
  listBlocks(input: { documentId: number }): Promise<BlockDto[]>;
  /**
   * Saves a block's English text and status; records a revision when the text changed.
   * `ranges` are the block's target-side annotation ranges as the editor mapped them; target-side
   * annotations not listed are re-anchored by quote and context (orphaned if that fails, never dropped).
   */
  saveTarget(input: { blockId: number; target: string; status: BlockStatus; ranges?: MappedRange[] }): Promise<BlockDto>;
  /** Saves many blocks' English as one step (replace all); resolves with an id that {@link undoBatch} takes. */
  saveTargets(input: { edits: TargetEdit[]; label: string }): Promise<{ batchId: string; blocks: BlockDto[] }>;
  /** Restores the blocks a batch changed to what they were before it, unless edited since (those are reported). */
  undoBatch(input: { batchId: string }): Promise<{ blocks: BlockDto[]; skipped: number[] }>;
  /** Earlier versions of a block's English, newest first. */
  getHistory(input: { blockId: number }): Promise<RevisionDto[]>;
  /** Progress counts for the open project. */
  getStats(input: Record<string, never>): Promise<ProjectStats>;

  /** The open project's glossary, in source-term order. */
  listGlossary(input: Record<string, never>): Promise<GlossaryEntry[]>;
  /** Creates (no id) or updates an entry; fails with `glossary:errors.*` on an empty term or no translation. */
  saveGlossaryEntry(input: { entry: GlossaryEntryInput }): Promise<GlossaryEntry>;
  /** Deletes an entry; deleting an unknown id is not an error. */
  deleteGlossaryEntry(input: { id: string }): Promise<Record<string, never>>;
  /** Merges a TBX, CSV or TSV glossary file into the project's glossary. */
  importGlossary(input: { file: FilePayload }): Promise<GlossaryImportSummary>;
  /** The project's glossary as a TBX-Basic, CSV or TSV file. */
  exportGlossary(input: { format: 'tbx' | 'csv' | 'tsv' }): Promise<ExportedFile>;

  /** Spans, links, comments and the tag set of one document. */
  listAnnotations(input: { documentId: number }): Promise<AnnotationBundle>;
  /** Creates or updates (same id) an annotation. */
  saveAnnotation(input: { annotation: Annotation }): Promise<Annotation>;
  /** Deletes an annotation and the links that use it. */
  deleteAnnotation(input: { id: string }): Promise<Record<string, never>>;
  /** Creates or updates a link between a source and a target annotation. */
  saveLink(input: { link: AnnotationLink }): Promise<AnnotationLink>;
  /** Deletes a link. */
  deleteLink(input: { id: string }): Promise<Record<string, never>>;
  /** Creates or updates a comment on a whole block. */
  saveComment(input: { comment: BlockComment }): Promise<BlockComment>;
  /** Deletes a block comment. */
  deleteComment(input: { id: string }): Promise<Record<string, never>>;
  /**
   * Replaces the project's tag set (categories, colours, shortcut keys). `renames` (old name →
   * new name, each `to` a tag of `tagSet`) also re-categorise existing annotations and links, in
   * the same transaction.
   */
  saveTagSet(input: { tagSet: TagSet; renames?: readonly { from: string; to: string }[] }): Promise<TagSet>;
  /** Imports W3C Web Annotations (JSON-LD), anchoring them by quote and context; orphans are kept. */
  importAnnotations(input: { file: FilePayload }): Promise<AnnotationImportSummary>;

  /** Exports the project (or one document) in a parallel-text or annotation format. */
  exportProject(input: { format: ExportFormat; documentId?: number; options?: ExportRequestOptions }): Promise<ExportedFile[]>;
  /** Imports translations from XLIFF 1.2/2.0 or TMX into the open project; conflicts are reported, not applied. */
  importTranslations(input: { file: FilePayload }): Promise<TranslationImportSummary>;

  /** The QA findings ignored in one document (kept with the project). */
  listQaIgnores(input: { documentId: number }): Promise<QaIgnore[]>;
  /** Ignores a block's QA finding (by key), or stops ignoring it; `qa:errors.unknownBlock` for a wrong block. */
  setQaIgnore(input: { blockId: number; key: string; ignored: boolean }): Promise<Record<string, never>>;
  /** The open project's machine-translation settings, or null when none were saved. */
  getMtSettings(input: Record<string, never>): Promise<MtSettingsDto | null>;
  /** Saves the open project's MT settings (validated; `mt:errors.*` for bad ones). Never takes a key. */
  saveMtSettings(input: { settings: MtSettingsInputDto }): Promise<MtSettingsDto>;
  /**
   * Stores (or with '' removes) the key for the current provider and server in the desktop app's
   * secure storage, outside every project; `mt:errors.noSecureStorage` in the web host (use an
   * environment variable there). The key is never returned.
   */
  setMtKey(input: { key: string }): Promise<{ keyStored: boolean }>;
  /** Fills empty, never-edited rows (all, or `blockIds`) with MT drafts using the saved settings. */
  pretranslate(input: { blockIds?: number[] }): Promise<PretranslateResultDto>;
  /** The rows of a document that are MT drafts (origin MT, unchanged since), for badges and the filter. */
  listMtDrafts(input: { documentId: number }): Promise<MtDraftDto[]>;
  /**
   * Translation-memory matches for one row's source text (its neighbours' sources give context
   * matches), from the working TM and the attached ones, best first. Takes text, not a block id.
   */
  tmLookup(input: { source: string; prevSource?: string; nextSource?: string; limit?: number; min?: number }): Promise<TmMatchDto[]>;
  /** Units of the project's TMs whose source (or target) contains `query`, with hit offsets. */
  tmConcordance(input: { query: string; side: 'source' | 'target'; limit?: number }): Promise<TmConcordanceDto>;
  /** The working TM and the attached TMs, in priority order. */
  listTms(input: Record<string, never>): Promise<TmInfoDto[]>;
  /** Attaches a TM file (created when `create` is set and it is missing); appended last in priority. */
  attachTm(input: { path: string; writable: boolean; create?: boolean }): Promise<TmInfoDto[]>;
  /** Detaches a TM from the project (the file is left alone). */
  detachTm(input: { path: string }): Promise<TmInfoDto[]>;
  /** Imports a TMX/XLIFF/TSV/CSV file into the working TM (or the writable attached TM at `tmPath`). */
  importTm(input: { file: FilePayload; tmPath?: string; requestId?: string }): Promise<TmImportDto>;
  /** Progress of the TM import started with `requestId`, in thousandths; null when unknown. */
  getTmImportProgress(input: { requestId: string }): Promise<{ permille: number; running: boolean } | null>;
  /**
   * Aligns a Chinese file with its English (any importable format; `lines`: one segment per line)
   * without writing anything, for the preview; hostile or mismatched input fails with `align:errors.*`.
   */
  previewAlignment(input: { zhFile: FilePayload; enFile: FilePayload; lines?: boolean }): Promise<AlignPreview>;
  /** Creates a project in the workspace from the two files (the aligned English as draft) and opens it. */
  createAlignedProject(input: { zhFile: FilePayload; enFile: FilePayload; lines?: boolean; name?: string }): Promise<ProjectInfo>;
}

/** The name of one contract method. */
export type WorkbenchMethod = keyof WorkbenchApi;

const empty = z.object({}).strict();
const filePayload = z.object({ fileName: z.string().min(1).max(1024), dataBase64: z.string() }).strict();
const importOptions = z
  .object({ repairPunctuation: z.boolean().optional(), excludeKinds: z.array(z.enum(BLOCK_KINDS as [BlockKind, ...BlockKind[]])).max(20).optional() })
  .strict();
const id = z.number().int().nonnegative();
const text = (max: number) => z.string().max(max);
const iso = z.string().max(64);
const status = z.enum(BLOCK_STATUSES as [BlockStatus, ...BlockStatus[]]);
const side = z.enum(['source', 'target']);
const mappedRange = z.object({ id: text(200), start: id, end: id }).strict();
const glossaryEntryInput = z
  .object({
    id: text(200).optional(),
    source: text(1000),
    targets: z.array(text(1000)).max(100),
    forbidden: z.array(text(1000)).max(100),
    note: text(10_000),
    partOfSpeech: text(100).optional(),
    caseSensitive: z.boolean(),
  })
  .strict();
const annotation = z
  .object({
    id: text(200).min(1),
    side,
    blockId: z.number().int(),
    start: id,
    end: id,
    quote: text(100_000),
    prefix: text(1000),
    suffix: text(1000),
    category: text(200),
    note: text(100_000),
    author: text(200),
    created: iso,
    modified: iso,
    orphaned: z.boolean(),
  })
  .strict();
const link = z
  .object({ id: text(200).min(1), sourceId: text(200), targetId: text(200), category: text(200), note: text(100_000), author: text(200), created: iso, modified: iso })
  .strict();
const comment = z.object({ id: text(200).min(1), blockId: id, note: text(100_000), author: text(200), created: iso, modified: iso }).strict();
const tagSet = z
  .object({
    name: text(200),
    version: z.number().int().nonnegative(),
    tags: z
      .array(z.object({ name: text(200).min(1), colour: z.string().regex(/^#[0-9a-fA-F]{6}$/), description: text(2000), shortcut: text(1).optional() }).strict())
      .max(200),
  })
  .strict();

/**
 * Runtime validators for every method's payload. Transports validate with these before calling
 * the host, so a compromised renderer or a stray HTTP client cannot pass anything else.
 * The `satisfies` clause makes the compiler prove the map covers the contract exactly.
 */
export const workbenchInputs = {
  getSession: empty,
  openSample: empty,
  openProject: z.object({ path: z.string().min(1).max(4096) }).strict(),
  previewImport: z.object({ file: filePayload, options: importOptions.optional(), requestId: text(100).optional() }).strict(),
  createProject: z
    .object({ file: filePayload, name: z.string().min(1).max(200).optional(), options: importOptions.optional(), requestId: text(100).optional() })
    .strict(),
  getImportProgress: z.object({ requestId: text(100) }).strict(),
  cancelImport: z.object({ requestId: text(100) }).strict(),
  listBlocks: z.object({ documentId: id }).strict(),
  saveTarget: z.object({ blockId: id, target: text(LIMITS.targetChars), status, ranges: z.array(mappedRange).max(10_000).optional() }).strict(),
  saveTargets: z
    .object({ edits: z.array(z.object({ blockId: id, target: text(LIMITS.targetChars), status }).strict()).max(LIMITS.units), label: text(200) })
    .strict(),
  undoBatch: z.object({ batchId: text(200) }).strict(),
  getHistory: z.object({ blockId: id }).strict(),
  getStats: empty,
  listGlossary: empty,
  saveGlossaryEntry: z.object({ entry: glossaryEntryInput }).strict(),
  deleteGlossaryEntry: z.object({ id: text(200) }).strict(),
  importGlossary: z.object({ file: filePayload }).strict(),
  exportGlossary: z.object({ format: z.enum(['tbx', 'csv', 'tsv']) }).strict(),
  listAnnotations: z.object({ documentId: id }).strict(),
  saveAnnotation: z.object({ annotation }).strict(),
  deleteAnnotation: z.object({ id: text(200) }).strict(),
  saveLink: z.object({ link }).strict(),
  deleteLink: z.object({ id: text(200) }).strict(),
  saveComment: z.object({ comment }).strict(),
  deleteComment: z.object({ id: text(200) }).strict(),
  saveTagSet: z.object({ tagSet, renames: z.array(z.object({ from: text(200), to: text(200) }).strict()).max(200).optional() }).strict(),
  importAnnotations: z.object({ file: filePayload }).strict(),
  exportProject: z
    .object({
      format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]),
      documentId: id.optional(),
      options: z
        .object({
          confirmedOnly: z.boolean().optional(),
          includeHeadings: z.boolean().optional(),
          includeNotes: z.boolean().optional(),
          segmentation: z.enum(['paragraph', 'sentence']).optional(),
          includeUntranslated: z.boolean().optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  importTranslations: z.object({ file: filePayload }).strict(),
  listQaIgnores: z.object({ documentId: id }).strict(),
  setQaIgnore: z.object({ blockId: id, key: z.string().min(1).max(2000), ignored: z.boolean() }).strict(),
  getMtSettings: empty,
  saveMtSettings: z
    .object({
      settings: z
        .object({
          provider: z.enum(['openai-compatible', 'deepl']),
          baseUrl: text(2000),
          model: text(200),
          apiKeyEnv: text(200),
          styleNotes: text(20_000),
          concurrency: z.number().int().min(1).max(32),
        })
        .strict(),
    })
    .strict(),
  setMtKey: z.object({ key: text(4000) }).strict(),
  pretranslate: z.object({ blockIds: z.array(id).max(1_000_000).optional() }).strict(),
  listMtDrafts: z.object({ documentId: id }).strict(),
  tmLookup: z
    .object({ source: text(100_000), prevSource: text(100_000).optional(), nextSource: text(100_000).optional(), limit: z.number().int().min(1).max(50).optional(), min: z.number().int().min(0).max(101).optional() })
    .strict(),
  tmConcordance: z.object({ query: text(1000).min(1), side, limit: z.number().int().min(1).max(1000).optional() }).strict(),
  listTms: empty,
  attachTm: z.object({ path: z.string().min(1).max(4096), writable: z.boolean(), create: z.boolean().optional() }).strict(),
  detachTm: z.object({ path: z.string().min(1).max(4096) }).strict(),
  importTm: z.object({ file: filePayload, tmPath: z.string().min(1).max(4096).optional(), requestId: text(100).optional() }).strict(),
  getTmImportProgress: z.object({ requestId: text(100) }).strict(),
  previewAlignment: z.object({ zhFile: filePayload, enFile: filePayload, lines: z.boolean().optional() }).strict(),
  createAlignedProject: z
    .object({ zhFile: filePayload, enFile: filePayload, lines: z.boolean().optional(), name: z.string().min(1).max(200).optional() })
    .strict(),
} satisfies { [K in WorkbenchMethod]: z.ZodType<Parameters<WorkbenchApi[K]>[0]> };

export { WORKBENCH_METHODS, channelFor } from './methods.ts';

/** The result envelope used by both transports, since Electron's `invoke` keeps only `message` of errors. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: I18nKey; details: Record<string, string | number> } };
