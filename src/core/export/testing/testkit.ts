/**
 * Fixture builders for export and re-import tests:
 * `project(doc('标题', block('林西县', 'Linxi County', 'confirmed')))`. Ids are assigned in
 * creation order unless given, so fixtures stay short and ids stay unique.
 */
import type { BlockKind, BlockStatus } from '../../model/block.ts';
import type { SentenceSpan } from '../../text/sentences.ts';
import type { ExportAnnotation, ExportBlock, ExportDocument, ExportProject } from '../model.ts';

let nextBlockId = 1;
let nextDocId = 1;

/** Extra block fields for {@link block}. */
export interface BlockExtras {
  readonly id?: number;
  readonly kind?: BlockKind;
  readonly notes?: readonly string[];
  readonly annotations?: readonly ExportAnnotation[];
  readonly sourceSentences?: readonly SentenceSpan[];
}

/** A block; status defaults to `draft` (or `new` when the target is empty). */
export function block(source: string, target: string, status?: BlockStatus, extras: BlockExtras = {}): ExportBlock {
  return {
    id: extras.id ?? nextBlockId++,
    kind: extras.kind ?? 'body',
    status: status ?? (target === '' ? 'new' : 'draft'),
    source,
    target,
    notes: extras.notes ?? [],
    annotations: extras.annotations ?? [],
    ...(extras.sourceSentences ? { sourceSentences: extras.sourceSentences } : {}),
  };
}

/** A heading block. */
export function heading(source: string, target: string, status?: BlockStatus): ExportBlock {
  return block(source, target, status, { kind: 'heading' });
}

/** An annotation on `side` covering `[start, end)` in UTF-16 units. */
export function note(side: 'source' | 'target', start: number, end: number, category: string, text = ''): ExportAnnotation {
  return { id: `a${start}-${end}-${side}`, side, start, end, category, note: text };
}

/** A document with the given blocks. */
export function doc(title: string, ...blocks: ExportBlock[]): ExportDocument {
  return { id: nextDocId++, title, blocks };
}

/** A project `测试` (zh-CN → en) with the given documents. */
export function project(...documents: ExportDocument[]): ExportProject {
  return { name: '测试', sourceLang: 'zh-CN', targetLang: 'en', documents };
}
