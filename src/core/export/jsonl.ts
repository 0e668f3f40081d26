/**
 * JSON Lines export: one JSON object per selected block, LF after each:
 * `{ id: "b<id>", document, kind, status, zh, en, notes, annotations }`, where each annotation
 * is `{ id, side: "zh" | "en", start, end, category, note }` with start/end in Unicode code
 * points (𠮷 counts one). JSON.stringify escapes control characters and lone surrogates, so
 * every string survives.
 */
import { unitToCodePoint } from '../text/codepoints.ts';
import { annotationsOn, blockKey, resolveOptions, selectBlocks } from './model.ts';
import type { ExportBlock, ExportOptions, ExportProject } from './model.ts';

/** One line of the JSONL export, as parsed back. */
export interface JsonlRecord {
  readonly id: string;
  readonly document: string;
  readonly kind: string;
  readonly status: string;
  readonly zh: string;
  readonly en: string;
  readonly notes: readonly string[];
  readonly annotations: readonly JsonlAnnotation[];
}

/** An annotation in a JSONL record; offsets are code points within that side's text. */
export interface JsonlAnnotation {
  readonly id: string;
  readonly side: 'zh' | 'en';
  readonly start: number;
  readonly end: number;
  readonly category: string;
  readonly note: string;
}

function annotations(block: ExportBlock): JsonlAnnotation[] {
  return (['source', 'target'] as const).flatMap((side) => {
    const text = side === 'source' ? block.source : block.target;
    return annotationsOn(block, side).map((a) => ({
      id: a.id,
      side: side === 'source' ? ('zh' as const) : ('en' as const),
      start: unitToCodePoint(text, a.start),
      end: unitToCodePoint(text, a.end),
      category: a.category,
      note: a.note,
    }));
  });
}

/** Serialises a project as JSON Lines (see the module comment for the record shape). */
export function exportJsonl(project: ExportProject, options: ExportOptions = {}): string {
  const opts = resolveOptions(options);
  const lines: string[] = [];
  for (const { document, blocks } of selectBlocks(project, opts)) {
    for (const b of blocks) {
      const record: JsonlRecord = {
        id: blockKey(b.id),
        document: document.title,
        kind: b.kind,
        status: b.status,
        zh: b.source,
        en: b.target,
        notes: b.notes,
        annotations: annotations(b),
      };
      lines.push(`${JSON.stringify(record)}\n`);
    }
  }
  return lines.join('');
}
