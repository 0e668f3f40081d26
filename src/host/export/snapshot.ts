import { AppError } from '../../core/model/index.ts';
import { UNPLACED_BLOCK } from '../../core/annotate/model.ts';
import type { BlockText } from '../../core/annotate/model.ts';
import type { ExportBlock, ExportProject } from '../../core/export/index.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { ProjectStore } from '../storage/project-store.ts';
import type { AnnotationData, AnnotationSource } from './annotation-source.ts';

/** What an export reads from the store: the core model plus the raw annotation records and texts. */
export interface ExportSnapshot {
  readonly project: ExportProject;
  /** Annotation records of the blocks in scope (and unplaced ones for a whole-project export). */
  readonly annotationData: AnnotationData;
  /** Both sides of every block in scope, for annotation exports (offset conversion). */
  readonly texts: readonly BlockText[];
  /** Title of the exported document when the scope is one document of a multi-document project. */
  readonly scopeTitle?: string;
}

function toExportBlock(block: BlockDto, data: AnnotationData): ExportBlock {
  return {
    id: block.id,
    kind: block.kind,
    status: block.status,
    source: block.source,
    target: block.target,
    sourceSentences: block.sentences,
    notes: data.comments.filter((c) => c.blockId === block.id && c.note.trim() !== '').map((c) => c.note),
    // Orphaned spans have no trustworthy offsets: they travel in the annotation exports only.
    annotations: data.annotations
      .filter((a) => a.blockId === block.id && !a.orphaned)
      .map((a) => ({ id: a.id, side: a.side, start: a.start, end: a.end, category: a.category, note: a.note })),
  };
}

/**
 * Reads the open project (or one document: `host:errors.documentNotFound` for an unknown id)
 * into the exporters' model, blocks in reading order, block comments as notes. Annotation records
 * come from `source` and are narrowed to the blocks in scope, whatever the source returns.
 */
export function readSnapshot(store: ProjectStore, source: AnnotationSource, documentId?: number): ExportSnapshot {
  const meta = store.meta();
  const all = store.documents();
  const documents = documentId === undefined ? all : all.filter((d) => d.id === documentId);
  if (documentId !== undefined && documents.length === 0) throw new AppError('host:errors.documentNotFound', { documentId });
  const blocks = new Map(documents.map((d) => [d.id, store.listBlocks(d.id)]));
  const inScope = new Set([...blocks.values()].flatMap((list) => list.map((b) => b.id)));
  const raw = source(store.db, documentId);
  const keep = (blockId: number): boolean => inScope.has(blockId) || (documentId === undefined && blockId === UNPLACED_BLOCK);
  const annotations = raw.annotations.filter((a) => keep(a.blockId));
  const kept = new Set(annotations.map((a) => a.id));
  const data: AnnotationData = {
    annotations,
    links: raw.links.filter((l) => kept.has(l.sourceId) && kept.has(l.targetId)),
    comments: raw.comments.filter((c) => inScope.has(c.blockId)),
  };
  const project: ExportProject = {
    name: meta.name,
    sourceLang: meta.sourceLang,
    targetLang: meta.targetLang,
    documents: documents.map((d) => ({ id: d.id, title: d.title, blocks: (blocks.get(d.id) ?? []).map((b) => toExportBlock(b, data)) })),
  };
  const texts = [...blocks.values()].flatMap((list) =>
    list.flatMap((b): BlockText[] => [
      { blockId: b.id, side: 'source', text: b.source },
      { blockId: b.id, side: 'target', text: b.target },
    ]),
  );
  const scopeTitle = documentId !== undefined && all.length > 1 ? documents[0]?.title : undefined;
  return { project, annotationData: data, texts, ...(scopeTitle === undefined ? {} : { scopeTitle }) };
}
