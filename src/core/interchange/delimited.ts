/**
 * Reads Duizhao's TSV, CSV and JSONL exports back (see export/delimited.ts and export/jsonl.ts
 * for the formats). Columns are found by header name (`id`, `zh`, `en`, optional `status`), so
 * a spreadsheet with reordered or extra columns still imports. These formats carry no language
 * tags: `sourceLang`/`targetLang` are empty. Unknown status strings are ignored.
 */
import { AppError } from '../model/errors.ts';
import { parseBlockId } from '../export/model.ts';
import { asStatus } from './types.ts';
import type { InterchangeUnit, ParsedInterchange } from './types.ts';

function unitsFromRows(rows: readonly (readonly string[])[], format: 'tsv' | 'csv'): ParsedInterchange {
  const [header, ...data] = rows;
  const col = (name: string): number => header?.indexOf(name) ?? -1;
  const [id, zh, en, status] = [col('id'), col('zh'), col('en'), col('status')];
  if (zh < 0 || en < 0) throw new AppError('export:errors.missingColumns', { columns: 'zh, en' });
  const units: InterchangeUnit[] = data.map((row, k) => {
    const blockId = id >= 0 ? parseBlockId(row[id]) : undefined;
    const s = status >= 0 ? asStatus(row[status]) : undefined;
    return {
      ...(blockId === undefined ? {} : { blockId }),
      unitId: id >= 0 && row[id] ? (row[id] as string) : String(k + 1),
      source: row[zh] ?? '',
      target: row[en] ?? '',
      ...(s === undefined ? {} : { status: s }),
      notes: [],
    };
  });
  return { format, units, sourceLang: '', targetLang: '' };
}

/** Reverses the TSV field escapes (`\\ \t \n \r \uHHHH`); an unknown escape keeps its backslash. */
export function unescapeTsvField(field: string): string {
  return field.replace(/\\(u[0-9A-Fa-f]{4}|[\\tnr])/g, (whole, e: string) => {
    if (e === '\\') return '\\';
    if (e === 't') return '\t';
    if (e === 'n') return '\n';
    if (e === 'r') return '\r';
    return String.fromCharCode(parseInt(e.slice(1), 16));
  });
}

/** Parses a TSV export. Lines may end in LF or CRLF; empty lines are skipped. */
export function parseTsv(text: string): ParsedInterchange {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '');
  return unitsFromRows(lines.map((l) => l.split('\t').map(unescapeTsvField)), 'tsv');
}

/** Splits RFC 4180 CSV into records (CRLF or LF record ends, quoted fields may hold both). */
export function parseCsvRecords(text: string): string[][] {
  const input = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { record.push(field); field = ''; i++; continue; }
    if (c === '\r' && input[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (quoted) throw new AppError('export:errors.malformedRow', { line: records.length + 1 });
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Parses a CSV export (RFC 4180, optional BOM). */
export function parseCsv(text: string): ParsedInterchange {
  return unitsFromRows(parseCsvRecords(text), 'csv');
}

/** Parses a JSONL export; a line that is not a JSON object is AppError `export:errors.malformedRow`. */
export function parseJsonl(text: string): ParsedInterchange {
  const units: InterchangeUnit[] = [];
  text.split('\n').forEach((line, k) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new AppError('export:errors.malformedRow', { line: k + 1 });
    }
    if (typeof record !== 'object' || record === null) throw new AppError('export:errors.malformedRow', { line: k + 1 });
    const r = record as Record<string, unknown>;
    const blockId = typeof r.id === 'string' ? parseBlockId(r.id) : undefined;
    const status = typeof r.status === 'string' ? asStatus(r.status) : undefined;
    units.push({
      ...(blockId === undefined ? {} : { blockId }),
      source: typeof r.zh === 'string' ? r.zh : '',
      target: typeof r.en === 'string' ? r.en : '',
      ...(status === undefined ? {} : { status }),
      notes: Array.isArray(r.notes) ? r.notes.filter((n): n is string => typeof n === 'string') : [],
    });
  });
  return { format: 'jsonl', units, sourceLang: '', targetLang: '' };
}
