/** Shapes shared by every re-import parser and by mergeTranslations. */
import type { BlockStatus } from '../model/block.ts';
import { xmlErrors } from '../xml/errors.ts';

/**
 * One block's worth of translation read back from a file. `blockId` is present when the file
 * carried Duizhao's `b<id>`; `exportedTarget` when it carried the target as it was exported.
 */
export interface InterchangeUnit {
  readonly blockId?: number;
  readonly source: string;
  readonly target: string;
  readonly status?: BlockStatus;
  readonly notes: readonly string[];
  readonly exportedTarget?: string;
  /**
   * The unit's own id in the file, as written: the TMX `tuid`, the XLIFF trans-unit/unit `id`,
   * the delimited `id` column (else the 1-based data row number). Absent when the file has none.
   */
  readonly unitId?: string;
}

/** What a parser returns: the units in file order and the file's language tags. */
export interface ParsedInterchange {
  readonly format: 'xliff-1.2' | 'xliff-2.0' | 'tmx' | 'tsv' | 'csv' | 'jsonl';
  readonly units: readonly InterchangeUnit[];
  readonly sourceLang: string;
  readonly targetLang: string;
}

/** Narrows a string from a file to a BlockStatus, if it is one. */
export function asStatus(value: string | undefined): BlockStatus | undefined {
  return value === 'new' || value === 'draft' || value === 'confirmed' ? value : undefined;
}

/** How the shared XML reader's refusals read when re-importing XLIFF and TMX. */
export const INTERCHANGE_XML_ERRORS = xmlErrors({
  doctype: 'export:errors.xmlDoctype',
  entity: 'export:errors.xmlEntity',
  malformed: 'export:errors.malformedXml',
});
