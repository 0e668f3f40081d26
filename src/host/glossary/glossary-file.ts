import { exportDelimited, importDelimited, type Delimiter } from '../../core/glossary/delimited.ts';
import type { GlossaryEntry } from '../../core/glossary/model.ts';
import type { GlossaryImportReport } from '../../core/glossary/report.ts';
import { exportTbx, importTbx } from '../../core/glossary/tbx.ts';
import { decodeText } from '../import/decode.ts';

/** A glossary file format the app reads and writes. */
export type GlossaryFormat = 'tbx' | 'csv' | 'tsv';

/** What a parsed glossary file holds, plus the format it was read as. */
export interface ParsedGlossaryFile extends GlossaryImportReport {
  readonly format: GlossaryFormat;
}

const extensionOf = (fileName: string): string => /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';

/**
 * Decides how to read a decoded glossary file. Content wins over the name: text starting with
 * `<` is TBX (any name); otherwise the header line decides between tab and comma when it holds
 * only one of them, and the extension (`.tsv`/`.tab` → TSV, anything else → CSV) breaks ties.
 */
export function sniffGlossaryFormat(fileName: string, text: string): GlossaryFormat {
  const body = text.replace(/^\uFEFF/u, '').trimStart();
  if (body.startsWith('<')) return 'tbx';
  const header = body.split(/\r\n|\n|\r/u, 1)[0] ?? '';
  const tabs = header.includes('\t');
  const commas = header.includes(',');
  if (tabs && !commas) return 'tsv';
  if (commas && !tabs) return 'csv';
  const ext = extensionOf(fileName);
  return ext === 'tsv' || ext === 'tab' ? 'tsv' : 'csv';
}

/**
 * Reads a TBX, CSV or TSV glossary from raw bytes (UTF-8, UTF-16 or GB18030/Big5, detected by
 * `decodeText`). Throws the decoder's `import:errors.notText` and the parsers' `glossary:errors.*`.
 * The entry ids are the parser's (TBX concept ids, `t<line>` for tables); callers re-key them.
 */
export function readGlossaryFile(fileName: string, bytes: Uint8Array): ParsedGlossaryFile {
  const { text } = decodeText(fileName, bytes);
  const format = sniffGlossaryFormat(fileName, text);
  const report = format === 'tbx' ? importTbx(text) : importDelimited(text, format === 'tsv' ? '\t' : ',');
  // The table reader reports an unterminated quote at the end of the file twice; show it once.
  const seen = new Set<string>();
  const skipped = report.skipped.filter((item) => {
    const key = `${item.line ?? ''}|${item.conceptId ?? ''}|${item.reason}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { entries: report.entries, skipped, format };
}

const MIME: Readonly<Record<GlossaryFormat, string>> = {
  tbx: 'application/x-tbx+xml',
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
};

/**
 * Serialises entries as TBX-Basic (zh-CN → en) or as CSV/TSV. Tables start with a UTF-8 BOM so
 * spreadsheet programs read the Chinese correctly (our importer strips it). `title` goes into
 * the TBX header.
 */
export function writeGlossaryFile(entries: readonly GlossaryEntry[], format: GlossaryFormat, title: string): { text: string; mimeType: string } {
  const text =
    format === 'tbx'
      ? exportTbx(entries, { sourceLang: 'zh-CN', targetLang: 'en', title })
      : `\uFEFF${exportDelimited(entries, (format === 'tsv' ? '\t' : ',') as Delimiter)}`;
  return { text, mimeType: MIME[format] };
}
