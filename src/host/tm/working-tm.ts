import { splitSentences } from '../../core/text/sentences.ts';
import type { TmFileUnit } from '../../core/tm/tm-unit.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { DatabaseSync } from 'node:sqlite';

/** A row's neighbours' sources (for context matches), read from the project by document position. */
export function neighbourSources(db: DatabaseSync, block: BlockDto): { prevSource?: string; nextSource?: string } {
  const at = db.prepare('SELECT source FROM blocks WHERE document_id = ? AND position = ?');
  const prev = block.index > 0 ? (at.get(block.documentId, block.index - 1) as { source: string } | undefined)?.source : undefined;
  const next = (at.get(block.documentId, block.index + 1) as { source: string } | undefined)?.source;
  return { ...(prev !== undefined ? { prevSource: prev } : {}), ...(next !== undefined ? { nextSource: next } : {}) };
}

/**
 * The units a confirmed row gives the working TM: the whole paragraph (with its neighbours as
 * context) and, when its Chinese and English have the same number of sentences (more than one),
 * each sentence pair in order, with the neighbouring sentences as context. Works from plain text
 * pairs: `sourceSentences` are the row's stored source sentence ranges.
 */
export function confirmedRowUnits(
  source: string,
  target: string,
  sourceSentences: readonly { start: number; end: number }[],
  context: { prevSource?: string; nextSource?: string },
): TmFileUnit[] {
  if (source.trim() === '' || target.trim() === '') return [];
  const units: TmFileUnit[] = [{ source: source.trim(), target: target.trim(), sourceTags: [], targetTags: [], ...context }];
  const zh = sourceSentences.map((s) => source.slice(s.start, s.end).trim()).filter((s) => s !== '');
  const en = splitSentences(target, 'en').map((s) => target.slice(s.start, s.end).trim()).filter((s) => s !== '');
  if (zh.length > 1 && zh.length === en.length) {
    zh.forEach((s, k) => {
      const prev = zh[k - 1];
      const next = zh[k + 1];
      units.push({ source: s, target: en[k]!, sourceTags: [], targetTags: [], ...(prev ? { prevSource: prev } : {}), ...(next ? { nextSource: next } : {}) });
    });
  }
  return units;
}
