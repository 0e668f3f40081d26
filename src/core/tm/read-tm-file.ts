/**
 * Reads any supported TM interchange file into {@link TmFile}: TMX (inline codes kept as
 * placeholders), XLIFF 1.2/2.0 (through the re-import parser, whose inline codes other than marks
 * are dropped), and TSV/CSV with two columns (source, target), with or without a header row
 * (`zh`/`en` or `source`/`target` names are recognised and skipped).
 */
import { AppError } from '../model/errors.ts';
import { parseXliff } from '../interchange/xliff.ts';
import { parseCsvRecords, unescapeTsvField } from '../interchange/delimited.ts';
import { readTmx } from './tmx-read.ts';
import type { TmFile, TmFileUnit } from './tm-unit.ts';

/** The TM file kinds recognised by extension. */
export type TmFileKind = 'tmx' | 'xliff' | 'tsv' | 'csv';

/** The kind of `fileName` by extension, or undefined. */
export function tmFileKind(fileName: string): TmFileKind | undefined {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  if (ext === 'tmx') return 'tmx';
  if (ext === 'xlf' || ext === 'xliff' || ext === 'sdlxliff') return 'xliff';
  if (ext === 'tsv' || ext === 'tab' || ext === 'txt') return 'tsv';
  if (ext === 'csv') return 'csv';
  return undefined;
}

const HEADER = /^(zh|zh-cn|zh-hans|source|src|中文|原文)$/i;

function fromRows(rows: readonly (readonly string[])[]): TmFile {
  const first = rows[0];
  let start = 0;
  let sourceCol = 0;
  let targetCol = 1;
  let sourceLang = '';
  let targetLang = '';
  if (first && first.some((c) => HEADER.test(c.trim()))) {
    start = 1;
    sourceCol = first.findIndex((c) => HEADER.test(c.trim()));
    targetCol = first.findIndex((c, i) => i !== sourceCol && /^(en|en-us|en-gb|target|tgt|英文|译文)$/i.test(c.trim()));
    if (targetCol < 0) targetCol = sourceCol === 0 ? 1 : 0;
    if (/^zh/i.test(first[sourceCol]!.trim())) sourceLang = first[sourceCol]!.trim();
    if (/^en/i.test(first[targetCol]?.trim() ?? '')) targetLang = first[targetCol]!.trim();
  }
  const units: TmFileUnit[] = [];
  for (let r = start; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length < 2) throw new AppError('tm:errors.malformedRow', { line: r + 1 });
    units.push({ source: row[sourceCol] ?? '', target: row[targetCol] ?? '', sourceTags: [], targetTags: [] });
  }
  return { sourceLang, targetLang, units };
}

/**
 * Parses `text` as a `kind` TM file. `onProgress(fraction)` is called while reading TMX.
 * Throws the parsers' AppErrors for malformed input.
 */
export function readTmFile(text: string, kind: TmFileKind, onProgress?: (fraction: number) => void): TmFile & { readonly incomplete: number } {
  if (kind === 'tmx') {
    let next = 0;
    return readTmx(text, (offset) => {
      if (onProgress && offset >= next) {
        onProgress(offset / text.length);
        next = offset + text.length / 100;
      }
    });
  }
  if (kind === 'xliff') {
    const parsed = parseXliff(text);
    const units = parsed.units.filter((u) => u.source !== '' && u.target !== '').map((u): TmFileUnit => ({ source: u.source, target: u.target, sourceTags: [], targetTags: [] }));
    return { sourceLang: parsed.sourceLang, targetLang: parsed.targetLang, units, incomplete: parsed.units.length - units.length };
  }
  const rows =
    kind === 'csv'
      ? parseCsvRecords(text).filter((r) => r.some((c) => c !== ''))
      : text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l !== '').map((l) => l.split('\t').map(unescapeTsvField));
  const file = fromRows(rows);
  const units = file.units.filter((u) => u.source.trim() !== '' && u.target.trim() !== '');
  return { ...file, units, incomplete: file.units.length - units.length };
}
