import type { ExportFormat, ExportRequestOptions } from '../../shared/feature-dto.ts';
import type { ProjectStore } from '../storage/project-store.ts';
import type { AnnotationSource } from './annotation-source.ts';
import { renderExport, type RenderedFile } from './render.ts';
import { exportStem } from './save.ts';
import { readSnapshot } from './snapshot.ts';

/** What one export asks for: the contract's exportProject payload. */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly documentId?: number;
  readonly options?: ExportRequestOptions;
}

/** The rendered files of one export and the stem their names start with. */
export interface RenderedExport {
  readonly stem: string;
  readonly files: readonly RenderedFile[];
}

/**
 * Reads the project (or one document) from `store` and renders it in the requested format.
 * Writes nothing: the workbench saves the files into the workspace, the CLI where it is told.
 */
export function renderProject(store: ProjectStore, annotations: AnnotationSource, request: ExportRequest): RenderedExport {
  const snapshot = readSnapshot(store, annotations, request.documentId);
  return { stem: exportStem(snapshot.project.name, snapshot.scopeTitle), files: renderExport(request.format, snapshot, request.options) };
}
