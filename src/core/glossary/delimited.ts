import { AppError } from '../model/errors.ts';
import { LIMITS, limitError } from '../limits/index.ts';
import type { GlossaryEntry } from './model.ts';
import type { GlossaryImportReport, SkippedItem } from './report.ts';

/**
 * CSV (RFC 4180) and TSV glossaries. Header row (any order, case-insensitive): `zh`, `en`,
 * `forbidden`, `note`, `pos`, optional `case` (`sensitive`/`yes`/`true`/`1` → case-sensitive).
 * `en` and `forbidden` hold `;`-separated alternatives. Fields may be double-quoted in both
 * CSV and TSV ("" is a literal quote; quoted fields may span lines); in TSV a quote inside an
 * unquoted field is literal text, in CSV it is bad quoting. Input is an already
 * decoded string (the host decodes UTF-8/GB18030); a leading BOM is ignored.
 */

/** The field separator: comma for CSV, tab for TSV. */
export type Delimiter = ',' | '\t';

interface RawRecord {
  line: number;
  fields: string[];
  bad: boolean;
}

/** Splits text into records; a badly quoted record is flagged and parsing resumes on its next line. */
function* records(text: string, delimiter: Delimiter): Generator<RawRecord> {
  let i = 0;
  let line = 1;
  const n = text.length;
  const lineBreak = (at: number): number => (text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : text[at] === '\n' ? 1 : 0);
  while (i < n) {
    const startLine = line;
    const startIndex = i;
    const fields: string[] = [];
    let bad = false;
    let field = '';
    let done = false;
    while (!done) {
      if (text[i] === '"') {
        // quoted field
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
            i++;
            closed = true;
            break;
          }
          const br = lineBreak(i);
          if (br > 0) { line++; field += text.slice(i, i + br); i += br; continue; }
          field += c;
          i++;
        }
        if (!closed) {
          // Unterminated quote: give up on this record and resume after its first line.
          yield { line: startLine, fields: [], bad: true };
          i = startIndex;
          line = startLine;
          while (i < n && lineBreak(i) === 0) i++;
          if (i < n) { i += lineBreak(i); line++; }
          done = true;
          bad = true;
          break;
        }
        if (i < n && text[i] !== delimiter && lineBreak(i) === 0) {
          bad = true;
          while (i < n && text[i] !== delimiter && lineBreak(i) === 0) field += text[i++];
        }
      } else {
        while (i < n && text[i] !== delimiter && lineBreak(i) === 0) {
          // RFC 4180 forbids a quote inside an unquoted CSV field; TSV writers leave quotes literal.
          if (text[i] === '"' && delimiter === ',') bad = true;
          field += text[i++];
        }
      }
      fields.push(field);
      field = '';
      if (i < n && text[i] === delimiter) { i++; continue; }
      if (i < n) { i += lineBreak(i); line++; }
      done = true;
    }
    if (fields.length === 0 && bad) continue; // already reported as unterminated
    yield { line: startLine, fields, bad };
  }
}

const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  zh: 'zh', source: 'zh', en: 'en', target: 'en', forbidden: 'forbidden', note: 'note', notes: 'note',
  pos: 'pos', partofspeech: 'pos', case: 'case', casesensitive: 'case',
};
const TRUE_VALUES = new Set(['sensitive', 'yes', 'true', '1', 'y']);
const splitAlternatives = (field: string | undefined): string[] =>
  (field ?? '').split(/[;；]/).map((s) => s.trim()).filter((s) => s !== '');

/**
 * Reads a CSV (`delimiter` ',') or TSV ('\t') glossary. Blank lines are ignored; rows with an
 * empty `zh`, a `zh` seen before (exact match after trimming), bad quoting, or non-empty fields
 * beyond the header are skipped and reported with their 1-based line. Ids are `t<line>`.
 * Throws AppError `glossary:errors.csvHeader` when the first record has no `zh` column.
 */
export function importDelimited(text: string, delimiter: Delimiter): GlossaryImportReport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const entries: GlossaryEntry[] = [];
  const skipped: SkippedItem[] = [];
  let columns: Array<string | undefined> | null = null;
  const firstLine = new Map<string, number>();
  let rows = 0;
  for (const record of records(body, delimiter)) {
    if (record.fields.length === 1 && (record.fields[0] as string).trim() === '' && !record.bad) continue;
    if (columns === null) {
      columns = record.fields.map((f) => COLUMN_ALIASES[f.trim().toLowerCase().replace(/[\s_-]/g, '')]);
      if (!columns.includes('zh') || record.bad) throw new AppError('glossary:errors.csvHeader', { line: record.line });
      continue;
    }
    // Checked row by row, before any row is kept: a million-row file stops at the limit.
    if (++rows > LIMITS.units) throw limitError('units', rows);
    if (record.bad) { skipped.push({ line: record.line, reason: 'badQuoting' }); continue; }
    const row: Record<string, string> = {};
    let extra = false;
    record.fields.forEach((value, k) => {
      const column = columns?.[k];
      if (column === undefined) { if (value.trim() !== '') extra = true; } else row[column] = value;
    });
    if (extra) { skipped.push({ line: record.line, reason: 'extraFields' }); continue; }
    const source = (row['zh'] ?? '').trim();
    if (source === '') { skipped.push({ line: record.line, reason: 'emptyTerm' }); continue; }
    const seen = firstLine.get(source);
    if (seen !== undefined) { skipped.push({ line: record.line, reason: 'duplicate', firstSeen: String(seen) }); continue; }
    firstLine.set(source, record.line);
    const pos = (row['pos'] ?? '').trim();
    entries.push({
      id: `t${record.line}`,
      source,
      targets: splitAlternatives(row['en']),
      forbidden: splitAlternatives(row['forbidden']),
      note: (row['note'] ?? '').trim(),
      ...(pos !== '' ? { partOfSpeech: pos } : {}),
      caseSensitive: TRUE_VALUES.has((row['case'] ?? '').trim().toLowerCase()),
    });
  }
  if (columns === null) throw new AppError('glossary:errors.csvHeader', { line: 1 });
  return { entries, skipped };
}

/** Quotes a field when it holds the delimiter, a quote, a line break or edge spaces. */
function quoteField(value: string, delimiter: Delimiter): string {
  if (value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/**
 * Writes entries as CSV or TSV with the header `zh, en, forbidden, note, pos` (plus `case` when
 * any entry is case-sensitive), CRLF line ends as RFC 4180 asks, alternatives joined by "; ".
 * Assumes renderings contain no ";" (it would split them on import). Ids are not written.
 */
export function exportDelimited(entries: readonly GlossaryEntry[], delimiter: Delimiter): string {
  const withCase = entries.some((e) => e.caseSensitive);
  const header = ['zh', 'en', 'forbidden', 'note', 'pos', ...(withCase ? ['case'] : [])];
  const rows = [header.join(delimiter)];
  for (const entry of entries) {
    const fields = [entry.source, entry.targets.join('; '), entry.forbidden.join('; '), entry.note, entry.partOfSpeech ?? ''];
    if (withCase) fields.push(entry.caseSensitive ? 'sensitive' : '');
    rows.push(fields.map((f) => quoteField(f, delimiter)).join(delimiter));
  }
  return `${rows.join('\r\n')}\r\n`;
}
