import { alignDocument, alignSegments, beadsTile } from '../../core/align/index.ts';
import type { Bead } from '../../core/align/index.ts';
import { AppError } from '../../core/model/index.ts';
import type { ImportResult } from '../../core/model/index.ts';
import { importFile } from '../import/import-file.ts';
import { decodeText } from '../import/decode.ts';
import { loadZhToolkit } from '../zh/index.ts';
import { splitSentences } from '../../core/text/sentences.ts';

/** One input file of an alignment. */
export interface AlignInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What an alignment of two files produced, ready to print or to store. */
export interface AlignOutcome {
  /** Segments (sentences, or input lines with `lines`) in order. */
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /** Sentence (or line) beads over `zh` / `en`. */
  readonly beads: readonly Bead[];
  /** The Chinese paragraphs as imported (one per line with `lines`), and each segment's paragraph. */
  readonly zhParagraphs: ImportResult;
  readonly zhParagraphOf: readonly number[];
  /** Translated warning codes with details (e.g. very different segment counts). */
  readonly warnings: readonly { code: string; details: Record<string, string | number> }[];
}

/** Longest segment the aligner accepts (code units); longer ones would only be noise and time. */
export const MAX_SEGMENT_LENGTH = 20_000;
/** Most segments per side (the band search is linear, but features for more would take minutes). */
export const MAX_SEGMENTS = 200_000;

/** Share of Chinese characters among the letters of `text` (Han vs Latin letters), in percent. */
export function hanPercent(text: string): number {
  let han = 0;
  let latin = 0;
  for (const ch of text.slice(0, 200_000)) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/[A-Za-z]/u.test(ch)) latin += 0.25; // ~4 letters make one English word, as one hanzi does
  }
  return han + latin === 0 ? 0 : Math.round((100 * han) / (han + latin));
}

function checkLanguages(zhName: string, zhText: string, enName: string, enText: string): void {
  const zhHan = hanPercent(zhText);
  const enHan = hanPercent(enText);
  if (zhHan < 20 && enHan > 50) throw new AppError('align:errors.swapped', { zh: zhName, en: enName });
  if (zhHan < 20) throw new AppError('align:errors.notChinese', { name: zhName, percent: zhHan });
  if (enHan > 50) throw new AppError('align:errors.notEnglish', { name: enName, percent: enHan });
}

function checkSegments(name: string, segments: readonly string[]): void {
  if (segments.length === 0) throw new AppError('align:errors.empty', { name });
  if (segments.length > MAX_SEGMENTS) throw new AppError('align:errors.tooManySegments', { name, count: segments.length, limit: MAX_SEGMENTS });
  for (const s of segments) {
    if (s.length > MAX_SEGMENT_LENGTH) throw new AppError('align:errors.segmentTooLong', { name, length: s.length, limit: MAX_SEGMENT_LENGTH });
  }
}

function sentencesOf(paragraphs: readonly string[], lang: 'zh' | 'en'): string[] {
  return paragraphs.flatMap((p) => splitSentences(p, lang).map((span) => p.slice(span.start, span.end).trim())).filter((t) => t !== '');
}

function linesOf(input: AlignInput): string[] {
  if (input.bytes.length === 0) throw new AppError('align:errors.empty', { name: input.name });
  return decodeText(input.name, input.bytes).text.split(/\r\n|\r|\n/u).map((l) => l.trim()).filter((l) => l !== '');
}

async function paragraphsOf(input: AlignInput, repairPunctuation: boolean): Promise<ImportResult> {
  try {
    return await importFile(input.name, input.bytes, { repairPunctuation });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'import:errors.emptyFile' || error.code === 'import:errors.noParagraphs')) {
      throw new AppError('align:errors.empty', { name: input.name });
    }
    throw error;
  }
}

/**
 * Aligns a Chinese file with its English. With `lines`, every non-empty line is one segment as
 * it is; otherwise both files go through the importers (any supported format) and are aligned
 * paragraphs first, then sentences. Hostile or mismatched input is refused with an AppError
 * (`align:errors.*`: empty side, same language twice, swapped files, a segment too long to be
 * a sentence) before any alignment work, so nothing can hang on it.
 */
export async function alignFiles(zhInput: AlignInput, enInput: AlignInput, options: { lines?: boolean } = {}): Promise<AlignOutcome> {
  let zhParagraphs: ImportResult;
  let zh: readonly string[];
  let en: readonly string[];
  let beads: readonly Bead[];
  let zhParagraphOf: readonly number[];
  if (options.lines) {
    const zl = linesOf(zhInput);
    const el = linesOf(enInput);
    checkSegments(zhInput.name, zl);
    checkSegments(enInput.name, el);
    checkLanguages(zhInput.name, zl.join('\n'), enInput.name, el.join('\n'));
    const toolkit = await loadZhToolkit();
    zh = zl;
    en = el;
    beads = alignSegments(zl, el, toolkit);
    zhParagraphOf = zl.map((_, k) => k);
    zhParagraphs = { paragraphs: zl.map((text) => ({ kind: 'body', text })), dropped: [], layout: { format: 'text', pages: 0, columnsPerPage: [] }, punctuationRepairs: 0 };
  } else {
    zhParagraphs = await paragraphsOf(zhInput, true);
    const enResult = await paragraphsOf(enInput, false);
    const zp = zhParagraphs.paragraphs.map((p) => p.text);
    const ep = enResult.paragraphs.map((p) => p.text);
    checkLanguages(zhInput.name, zp.join('\n'), enInput.name, ep.join('\n'));
    // Checked before any segmentation work, so a 10 MB line without a full stop fails at once.
    checkSegments(zhInput.name, sentencesOf(zp, 'zh'));
    checkSegments(enInput.name, sentencesOf(ep, 'en'));
    const toolkit = await loadZhToolkit();
    const doc = alignDocument(zp, ep, toolkit);
    zh = doc.zh;
    en = doc.en;
    beads = doc.beads;
    zhParagraphOf = doc.zhParagraph;
  }
  if (!beadsTile(beads, zh.length, en.length)) throw new Error('aligner returned beads that do not cover every segment once');
  const warnings: AlignOutcome['warnings'][number][] = [];
  if (Math.max(zh.length, en.length) > 3 * Math.min(zh.length, en.length) + 3) {
    warnings.push({ code: 'align:warnings.countMismatch', details: { zhCount: zh.length, enCount: en.length } });
  }
  return { zh, en, beads, zhParagraphs, zhParagraphOf, warnings };
}

/**
 * The English draft of every Chinese paragraph: the English segments of each bead go to the
 * paragraph of the bead's first Chinese segment; English with no Chinese (0-1 beads) joins the
 * paragraph of the bead before it (or the first paragraph). Segments are joined with a space.
 */
export function draftsByParagraph(outcome: Pick<AlignOutcome, 'en' | 'beads' | 'zhParagraphOf'>, paragraphCount: number): string[] {
  const parts: string[][] = Array.from({ length: paragraphCount }, () => []);
  let current = 0;
  for (const bead of outcome.beads) {
    const first = bead.zh[0];
    if (first !== undefined) current = outcome.zhParagraphOf[first] ?? current;
    for (const e of bead.en) parts[current]?.push(outcome.en[e] ?? '');
  }
  return parts.map((p) => p.join(' ').trim());
}
