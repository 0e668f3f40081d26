import { checkLimit } from '../../core/limits/index.ts';
import { AppError } from '../../core/model/index.ts';
import { mergeTranslations, parseTmx, parseXliff } from '../../core/interchange/index.ts';
import type { ParsedInterchange } from '../../core/interchange/index.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { TranslationImportSummary } from '../../shared/feature-dto.ts';
import { updateTargetAnnotations } from '../annotations/anchoring.ts';
import { decodeText } from '../import/decode.ts';
import type { ProjectStore } from '../storage/project-store.ts';

/** What an import did, plus the blocks it changed (for callers that refresh a view). */
export interface TranslationImportResult extends TranslationImportSummary {
  readonly changed: readonly BlockDto[];
}

/**
 * Reads a translation file: `.tmx` as TMX, `.xlf`/`.xliff`/`.xlf2` as XLIFF 1.2 or 2.x, any
 * other name by its root element. Throws `export:errors.notText` for bytes that are not text, and
 * the parsers' `export:errors.*` (malformed XML, DTDs, not XLIFF/TMX, unsupported version).
 */
export function parseTranslationFile(fileName: string, bytes: Uint8Array): ParsedInterchange {
  let text: string;
  try {
    text = decodeText(fileName, bytes).text;
  } catch (error) {
    if (error instanceof AppError) throw new AppError('export:errors.notText', { name: fileName });
    throw error;
  }
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tmx')) return parseTmx(text);
  if (/\.(xlf|xliff|xlf2)$/.test(lower)) return parseXliff(text);
  // Unknown extension: the first element decides; parseXliff names the root if it is neither.
  return /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?tmx[\s>]/.test(text) ? parseTmx(text) : parseXliff(text);
}

/**
 * Merges a translation file into every document of `store` (see mergeTranslations for matching
 * by block id, then by source text) and applies the updates as one transaction with a revision
 * each. Conflicts (the block changed since the export, a changed source, two different
 * translations for one block) are reported and not applied; units matching no block are counted.
 * Target-side annotations of the changed blocks are then re-anchored by quote and context.
 * A file with more units than LIMITS.units or an English longer than
 * LIMITS.targetChars (what saveTarget accepts) is refused whole, before anything is written.
 */
export function importTranslationFile(store: ProjectStore, fileName: string, bytes: Uint8Array, now: number): TranslationImportResult {
  const parsed = parseTranslationFile(fileName, bytes);
  // The save API's own bounds: English accepted here must stay editable and savable for ever.
  checkLimit('units', parsed.units.length);
  for (const unit of parsed.units) checkLimit('targetChars', unit.target.length);
  const blocks = store.documents().flatMap((d) => store.listBlocks(d.id));
  const merge = mergeTranslations(blocks, parsed.units);
  const changed = merge.updates.length ? store.applyTargets(merge.updates, now) : [];
  // English annotations of changed blocks follow their quotes (or become orphans, never lost).
  for (const block of changed) updateTargetAnnotations(store.db, block.id, block.target);
  return {
    updated: changed.length,
    conflicts: merge.conflicts.map((c) => ({ blockId: c.blockId, reason: c.reason, current: c.current, incoming: c.incoming })),
    unmatched: merge.unmatched.length,
    changed,
  };
}
