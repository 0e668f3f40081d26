import type { DropReason } from '../../model/index.ts';
import { emWidth } from '../paragraphs/char-class.ts';
import { endsSentence } from '../paragraphs/cues.ts';
import type { Segment } from './segments.ts';

/** One row of a text page after segmentation; `drop` is set when the row is page furniture. */
export interface Row {
  readonly segments: readonly Segment[];
  drop?: DropReason;
}

const SLUG = [/\.indd\b/iu, /^P\.\s*\d+$/u, /^Page\s+\d+\s+-\s+\S/u, /\.(?:qxd|qxp|pdf|ps)\b.*\d{1,2}:\d{2}/iu];

/** True for InDesign / QuarkXPress slug lines (`Page 30 - x.indd`, `P. 30`). */
export function isSlugText(text: string): boolean {
  const t = text.trim();
  return SLUG.some((re) => re.test(t));
}

/** True for a navigation strip of page numbers (`25   26   27 …`): three or more integers only. */
export function isPageStrip(segments: readonly Segment[]): boolean {
  const tokens = segments.flatMap((s) => s.text.split(/\s+/u));
  if (tokens.length < 3 || !tokens.every((t) => /^\d{1,4}$/u.test(t))) return false;
  const nums = tokens.map(Number);
  let steps = 0;
  for (let i = 1; i < nums.length; i++) if ((nums[i] ?? 0) - (nums[i - 1] ?? 0) === 1) steps++;
  return steps >= (nums.length - 1) / 2;
}

/** The page number a folio segment carries at its start or end (`28  实践`, `第 12 期  29`, `Page 3`), if any. */
export function folioNumber(text: string): number | undefined {
  const t = text.trim();
  const m =
    /^(\d{1,4})$/u.exec(t) ??
    /^(?:Page|P\.|第)\s*(\d{1,4})/iu.exec(t) ??
    /^(\d{1,4})(?:\s+|\s*[|·•—-]\s*)\D/u.exec(t) ??
    /\D(?:\s+|\s*[|·•—-]\s*)(\d{1,4})$/u.exec(t);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

function furnitureLike(row: Row, repeated = false): boolean {
  // A head repeated on other pages may be longer (an article title as running head).
  const limit = repeated ? 30 : 18;
  return row.segments.every((s) => emWidth(s.text) <= limit && !/[。，！？；]$/u.test(s.text) && !endsSentence(s.text.replace(/\d+$/u, 'x')));
}

function rowText(row: Row): string {
  return row.segments.map((s) => s.text).join(' ');
}

/**
 * Marks running heads, folios, footers, slugs and page strips on each text page (`rows` per
 * sheet, mutated in place). Heads and folios are recognised only in the first / last block of
 * rows that is set apart by a blank row, and only when short; a head must also show it is one
 * (two or more parts, a separator such as `/`, or the same text on another sheet), so an article
 * title at the top of a single page stays text. Returns, per sheet, the folio numbers seen with
 * their display position, which the caller uses to tell a two-page spread.
 */
export function markFurniture(sheets: readonly Row[][]): { folios: { num: number; x: number }[] }[] {
  const topTexts = new Map<string, number>();
  const bottomTexts = new Map<string, number>();
  const zones = sheets.map((rows) => {
    for (const row of rows) {
      const text = rowText(row);
      if (row.segments.length === 0) continue;
      if (isSlugText(text) || row.segments.every((s) => isSlugText(s.text))) row.drop = 'slug';
      else if (isPageStrip(row.segments)) row.drop = 'page-strip';
    }
    const top = edgeBlock(rows, 1);
    const bottom = edgeBlock(rows, -1);
    for (const r of top) count(topTexts, normal(rowText(r)));
    for (const r of bottom) count(bottomTexts, normal(rowText(r)));
    return { top, bottom };
  });
  const result = zones.map(({ top, bottom }) => {
    const folios: { num: number; x: number }[] = [];
    const mark = (row: Row, repeated: boolean, isTop: boolean): void => {
      if (!furnitureLike(row, repeated)) return;
      const nums = row.segments.map((s) => ({ num: folioNumber(s.text), x: (s.dispStart + s.dispEnd) / 2 }));
      const withNum = nums.filter((n): n is { num: number; x: number } => n.num !== undefined);
      const text = rowText(row);
      if (withNum.length > 0 && withNum.length >= nums.length / 2) {
        row.drop = 'folio';
        folios.push(...withNum);
      } else if (isTop && (row.segments.length >= 2 || /[/|·•]/u.test(text) || repeated)) {
        row.drop = 'running-head';
      } else if (!isTop && (repeated || /©|www\.|https?:|版权/u.test(text))) {
        row.drop = 'footer';
      }
    };
    for (const r of top) mark(r, (topTexts.get(normal(rowText(r))) ?? 0) > 1, true);
    for (const r of bottom) mark(r, (bottomTexts.get(normal(rowText(r))) ?? 0) > 1, false);
    // A short line in the folio's own block at the foot of the page is the footer beside it,
    // even on a single page where nothing repeats.
    if (bottom.some((r) => r.drop === 'folio')) for (const r of bottom) if (!r.drop && furnitureLike(r)) r.drop = 'footer';
    return { folios };
  });
  markOffCentreHeads(sheets, zones);
  markMirrored(sheets, zones);
  return result;
}

/**
 * Mirrored running heads differ from page to page (article title left, section title right), so
 * neither repeats. A lone short line set apart at the top of most pages of a document, flush to
 * one side rather than centred like a title, is such a head.
 */
function markOffCentreHeads(sheets: readonly Row[][], zones: readonly { top: Row[] }[]): void {
  if (sheets.length < 2) return;
  const candidates = zones.map((z, s) => {
    const row = z.top.length === 1 ? z.top[0] : undefined;
    if (!row || row.drop || row.segments.length !== 1 || !furnitureLike(row, true)) return undefined;
    const width = Math.max(1, ...(sheets[s] ?? []).flatMap((r) => r.segments.map((g) => g.dispEnd)));
    const seg = row.segments[0] as Segment;
    return Math.abs((seg.dispStart + seg.dispEnd) / 2 - width / 2) > width * 0.15 ? row : undefined;
  });
  const found = candidates.filter((r): r is Row => r !== undefined);
  if (found.length >= 2 && found.length >= sheets.length / 2) for (const r of found) r.drop = 'running-head';
}

/**
 * Mirrored running heads and footers alternate between left and right pages, so a short head
 * that occurs once (the left-page head of a three-page document) does not repeat. When most
 * other pages have furniture in the same row, counted from the top (or bottom) of the page, a
 * short line there is furniture too.
 */
function markMirrored(sheets: readonly Row[][], zones: readonly { top: Row[]; bottom: Row[] }[]): void {
  if (sheets.length < 2) return;
  const slot = (rows: readonly Row[], row: Row, isTop: boolean): number => {
    const i = rows.indexOf(row);
    return isTop ? i : rows.length - 1 - i;
  };
  for (const isTop of [true, false]) {
    const votes = new Map<number, number>();
    zones.forEach((z, s) => {
      for (const r of isTop ? z.top : z.bottom) if (r.drop) votes.set(slot(sheets[s] ?? [], r, isTop), (votes.get(slot(sheets[s] ?? [], r, isTop)) ?? 0) + 1);
    });
    zones.forEach((z, s) => {
      for (const r of isTop ? z.top : z.bottom) {
        if (r.drop || !furnitureLike(r)) continue;
        const others = votes.get(slot(sheets[s] ?? [], r, isTop)) ?? 0;
        if (others >= Math.max(1, (sheets.length - 1) / 2)) r.drop = isTop ? 'running-head' : 'footer';
      }
    });
  }
}

/** The first (dir 1) or last (dir −1) run of non-blank, not yet dropped rows, if a blank row separates it from the body. */
function edgeBlock(rows: readonly Row[], dir: 1 | -1): Row[] {
  const live = (r: Row | undefined): boolean => r !== undefined && r.segments.length > 0 && r.drop === undefined;
  const order = dir === 1 ? rows.map((_, i) => i) : rows.map((_, i) => rows.length - 1 - i);
  const block: Row[] = [];
  let k = 0;
  while (k < order.length && !live(rows[order[k] ?? 0])) k++;
  while (k < order.length && live(rows[order[k] ?? 0])) {
    block.push(rows[order[k] ?? 0] as Row);
    k++;
  }
  if (block.length === 0 || block.length > 2) return [];
  // Something must follow on the far side of a blank row, otherwise this block is the body.
  const blankAfter = k < order.length && (rows[order[k] ?? 0]?.segments.length ?? 0) === 0;
  let rest = false;
  for (let j = k; j < order.length; j++) if (live(rows[order[j] ?? 0])) rest = true;
  return blankAfter && rest ? block : [];
}

function normal(text: string): string {
  return text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
