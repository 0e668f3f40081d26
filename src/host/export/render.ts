import { exportAnnotationsCsv, exportW3CJson } from '../../core/annotate/index.ts';
import {
  exportCsv,
  exportDocx,
  exportHtml,
  exportJsonl,
  exportPlainText,
  exportTmx,
  exportTsv,
  exportXliff12,
  exportXliff20,
  resolveOptions,
  selectBlocks,
} from '../../core/export/index.ts';
import type { ExportOptions } from '../../core/export/index.ts';
import { AppError } from '../../core/model/index.ts';
import type { ExportFormat, ExportRequestOptions } from '../../shared/feature-dto.ts';
import type { ExportSnapshot } from './snapshot.ts';

/** One rendered file before it is named after the project: its name suffix, type and bytes. */
export interface RenderedFile {
  /** What follows the project name, starting with a dot: `.tmx`, `.zh.txt`, `.annotations.jsonld`. */
  readonly suffix: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

/** Human names of the formats, for `export:errors.nothingToExport`. */
const LABEL: Readonly<Record<ExportFormat, string>> = {
  tmx: 'TMX',
  xliff12: 'XLIFF 1.2',
  xliff20: 'XLIFF 2.0',
  tsv: 'TSV',
  csv: 'CSV',
  docx: 'DOCX',
  html: 'HTML',
  jsonl: 'JSONL',
  txt: 'plain text',
  annotations: 'W3C Web Annotation',
  'annotations-csv': 'annotation CSV',
};

const UTF8 = 'charset=utf-8';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const one = (suffix: string, mimeType: string, bytes: Uint8Array): RenderedFile[] => [{ suffix, mimeType, bytes }];

/**
 * Renders the snapshot in one format. Every format but `txt` gives one file; `txt` gives the
 * line-aligned pair (`.zh.txt` first, then `.en.txt`). Parallel-text formats throw
 * `export:errors.nothingToExport` when the options leave no block; annotation formats export
 * whatever records exist (an empty page or a header-only CSV is a valid answer).
 */
export function renderExport(format: ExportFormat, snapshot: ExportSnapshot, request: ExportRequestOptions = {}): RenderedFile[] {
  const { project } = snapshot;
  if (format === 'annotations') {
    const { annotations, links, comments } = snapshot.annotationData;
    const json = exportW3CJson({ projectId: project.name, blocks: snapshot.texts, annotations, links, comments });
    return one('.annotations.jsonld', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', utf8(json));
  }
  if (format === 'annotations-csv') {
    return one('.annotations.csv', `text/csv; ${UTF8}`, utf8(exportAnnotationsCsv(snapshot.annotationData.annotations, snapshot.texts)));
  }
  const options: ExportOptions = {
    ...(request.confirmedOnly === undefined ? {} : { confirmedOnly: request.confirmedOnly }),
    ...(request.includeHeadings === undefined ? {} : { includeHeadings: request.includeHeadings }),
    ...(request.includeNotes === undefined ? {} : { includeNotes: request.includeNotes }),
    ...(request.segmentation === undefined ? {} : { segmentation: request.segmentation }),
    ...(request.includeUntranslated === undefined ? {} : { includeUntranslated: request.includeUntranslated }),
  };
  const selected = selectBlocks(project, resolveOptions(options)).reduce((n, d) => n + d.blocks.length, 0);
  if (selected === 0) throw new AppError('export:errors.nothingToExport', { format: LABEL[format] });
  switch (format) {
    case 'tmx':
      return one('.tmx', `application/x-tmx+xml; ${UTF8}`, utf8(exportTmx(project, options)));
    case 'xliff12':
      return one('.xlf', `application/xliff+xml; ${UTF8}`, utf8(exportXliff12(project, options)));
    case 'xliff20':
      return one('.xliff', `application/xliff+xml; ${UTF8}`, utf8(exportXliff20(project, options)));
    case 'tsv':
      return one('.tsv', `text/tab-separated-values; ${UTF8}`, utf8(exportTsv(project, options)));
    case 'csv':
      // Spreadsheets are the readers of CSV, and Excel needs the BOM to read UTF-8 Chinese.
      return one('.csv', `text/csv; ${UTF8}`, utf8(exportCsv(project, { ...options, bom: true })));
    case 'docx':
      return one('.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', exportDocx(project, options));
    case 'html':
      return one('.html', `text/html; ${UTF8}`, utf8(exportHtml(project, options)));
    case 'jsonl':
      return one('.jsonl', `application/jsonl; ${UTF8}`, utf8(exportJsonl(project, options)));
    case 'txt': {
      const pair = exportPlainText(project, options);
      return [
        { suffix: '.zh.txt', mimeType: `text/plain; ${UTF8}`, bytes: utf8(pair.zh) },
        { suffix: '.en.txt', mimeType: `text/plain; ${UTF8}`, bytes: utf8(pair.en) },
      ];
    }
  }
}
