import type { I18nKey } from '../core/i18n/keys.ts';
import type { GlossaryEntry } from '../core/glossary/model.ts';
import type { SkippedItem } from '../core/glossary/report.ts';
import type { Annotation, AnnotationLink, BlockComment } from '../core/annotate/model.ts';
import type { TagSet } from '../core/annotate/tags.ts';
import type { BlockStatus } from '../core/model/index.ts';

/** What a glossary import did: entries added or updated (same source term), and rows skipped with reasons. */
export interface GlossaryImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly skipped: readonly SkippedItem[];
}

/** A glossary entry as the UI sends it to be saved; without `id` it is a new entry. */
export type GlossaryEntryInput = Omit<GlossaryEntry, 'id'> & { readonly id?: string };

/** Everything annotated in one document: spans, links, block comments, and the project's tag set. */
export interface AnnotationBundle {
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  readonly comments: readonly BlockComment[];
  readonly tagSet: TagSet;
}

/** A target-side annotation range as the editor mapped it through its transactions (UTF-16 offsets). */
export interface MappedRange {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** What importing annotations from a JSON-LD file did. Orphans are kept in the project. */
export interface AnnotationImportSummary {
  readonly anchored: number;
  readonly orphaned: number;
  readonly errors: number;
}

/** Every export format; `txt` gives two files (zh and en), the others one. */
export type ExportFormat =
  | 'tmx'
  | 'xliff12'
  | 'xliff20'
  | 'tsv'
  | 'csv'
  | 'docx'
  | 'html'
  | 'jsonl'
  | 'txt'
  | 'annotations'
  | 'annotations-csv';

/** Every {@link ExportFormat}, for validators and menus. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['tmx', 'xliff12', 'xliff20', 'tsv', 'csv', 'docx', 'html', 'jsonl', 'txt', 'annotations', 'annotations-csv'];

/** Export options; all optional with the defaults the export dialog shows. */
export interface ExportRequestOptions {
  readonly confirmedOnly?: boolean;
  readonly includeHeadings?: boolean;
  readonly includeNotes?: boolean;
  /** TMX only: one TU per block (paragraph) or per sentence pair. */
  readonly segmentation?: 'paragraph' | 'sentence';
  /** TMX only: also write blocks without English, as units with an empty target (default false). */
  readonly includeUntranslated?: boolean;
}

/** One exported file: its bytes for the UI to offer as a download, and where the host also saved it. */
export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly dataBase64: string;
  /** Absolute path of the copy the host wrote into the workspace's exports folder. */
  readonly savedTo: string;
}

/** A translation that was not applied because the block changed since the file was exported. */
export interface TranslationConflict {
  readonly blockId: number;
  readonly reason: string;
  readonly current: string;
  readonly incoming: string;
}

/** What importing translations (XLIFF, TMX) did to the open project. */
export interface TranslationImportSummary {
  readonly updated: number;
  readonly conflicts: readonly TranslationConflict[];
  readonly unmatched: number;
}

/** One block's new English in a batch edit (replace all). */
export interface TargetEdit {
  readonly blockId: number;
  readonly target: string;
  readonly status: BlockStatus;
}

/** A QA finding the user ignores: the block and the finding's key (core/qa `QaFinding.key`). */
export interface QaIgnore {
  readonly blockId: number;
  readonly key: string;
}

/**
 * A project's machine-translation settings as the UI sees them. `apiKeyEnv` is the NAME of an
 * environment variable (web host, CLI); the key itself never crosses back to the renderer: only
 * whether one is stored in the desktop app's secure storage (`keyStored`) and whether such storage
 * exists in this host (`secureStorage`: Electron's safeStorage; false in the web host).
 */
export interface MtSettingsDto {
  readonly provider: 'openai-compatible' | 'deepl';
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKeyEnv: string;
  readonly styleNotes: string;
  readonly concurrency: number;
  readonly keyStored: boolean;
  readonly secureStorage: boolean;
}

/** The editable part of {@link MtSettingsDto}. */
export type MtSettingsInputDto = Omit<MtSettingsDto, 'keyStored' | 'secureStorage'>;

/** What a pre-translation run did (see host/mt/pretranslate.ts); errors are `{code, details}`. */
export interface PretranslateResultDto {
  readonly translated: number;
  readonly skipped: number;
  readonly failed: number;
  readonly cached: number;
  readonly requests: number;
  readonly findings: number;
  readonly failures: readonly { readonly unit: string; readonly error: { readonly code: I18nKey; readonly details: Readonly<Record<string, string | number>> } }[];
  readonly error?: { readonly code: I18nKey; readonly details: Readonly<Record<string, string | number>> };
}

/** A row that is an MT draft right now: filled by MT and not edited or confirmed since. */
export interface MtDraftDto {
  readonly blockId: number;
  readonly provider: string;
  readonly model: string;
  /** The English MT wrote (the row still holds it). */
  readonly target: string;
}
