/**
 * Spreadsheet exports: TSV and CSV with the columns `id, document, kind, status, zh, en`
 * (id is `b<id>`; the column names stay `zh`/`en` whatever the project's language tags).
 *
 * TSV: one line per block, LF line ends, no quoting. Inside a field a backslash is `\\`, a tab
 * `\t`, a line feed `\n`, a carriage return `\r`, and a lone surrogate `\uHHHH`; nothing else is
 * escaped, so control characters stay raw. `parseTsv` (interchange) reverses this exactly.
 *
 * CSV: RFC 4180: CRLF record ends, a field is quoted when it holds `,` `"` CR or LF, quotes
 * doubled. With `bom` the file starts with U+FEFF so that Excel reads it as UTF-8. Formula-like
 * fields (`=…`) are written as they are: changing them would break the round trip.
 */
import { blockKey, resolveOptions, selectBlocks } from './model.ts';
import type { ExportOptions, ExportProject } from './model.ts';

/** The header row of both spreadsheet formats. */
export const DELIMITED_COLUMNS = ['id', 'document', 'kind', 'status', 'zh', 'en'] as const;

function rows(project: ExportProject, options: ExportOptions): string[][] {
  const opts = resolveOptions(options);
  return selectBlocks(project, opts).flatMap(({ document, blocks }) =>
    blocks.map((b) => [blockKey(b.id), document.title, b.kind, b.status, b.source, b.target]),
  );
}

/** Escapes one TSV field as described in the module comment. */
export function escapeTsvField(field: string): string {
  return field.replace(/[\\\t\n\r]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '\t') return '\\t';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** Serialises a project as TSV (header row, then one line per selected block). */
export function exportTsv(project: ExportProject, options: ExportOptions = {}): string {
  return [[...DELIMITED_COLUMNS], ...rows(project, options)].map((r) => `${r.map(escapeTsvField).join('\t')}\n`).join('');
}

/** Quotes one CSV field when RFC 4180 requires it. */
export function escapeCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Serialises a project as RFC 4180 CSV (header row, CRLF record ends, optional BOM). */
export function exportCsv(project: ExportProject, options: ExportOptions = {}): string {
  const body = [[...DELIMITED_COLUMNS], ...rows(project, options)].map((r) => `${r.map(escapeCsvField).join(',')}\r\n`).join('');
  return resolveOptions(options).bom ? `\uFEFF${body}` : body;
}
