/**
 * Test-support generator of pdftotext-like layout dumps with a known answer. It typesets known
 * paragraphs and headings into 1–4 columns per page and 1–2 pages per text page, then prints
 * each row the way `pdftotext -layout` does: every segment starts at a column derived from its x
 * position ('display': display columns, wide characters 2; 'pdftotext': character index, so
 * Chinese text to the left makes later columns drift by many display columns), plus random
 * per-line drift, never closer than 3 spaces to the segment before. It adds running heads,
 * folios, slugs, first-line indents, centred and enumerated headings, headings on rows of their
 * own, and optionally half-width punctuation in Chinese.
 */
import { seededRandom } from '../../text/random.ts';
import { emWidth } from '../paragraphs/char-class.ts';
import { EN_HEADINGS, EN_SENTENCES, ZH_HEADINGS, ZH_SENTENCES } from './fixture-text.ts';

/** Parameters of one generated case. */
export interface FixtureOptions {
  readonly seed: number;
  readonly language: 'zh' | 'en';
  readonly sheets: number;
  readonly pagesPerSheet: 1 | 2;
  readonly columnsPerPage: 1 | 2 | 3 | 4;
  readonly rowsPerColumn: number;
  readonly measureEm: number;
  /** Largest random shift of a line's start, in text columns. */
  readonly jitter: number;
  readonly placement: 'display' | 'pdftotext';
  readonly runningHeads?: boolean;
  readonly folios?: boolean;
  readonly slugs?: boolean;
  readonly halfWidthPunctuation?: boolean;
}

/** A generated dump with the blocks a perfect importer returns (texts without line-break artefacts). */
export interface LayoutFixture {
  readonly text: string;
  readonly blocks: readonly { readonly kind: 'heading' | 'body'; readonly text: string }[];
  /** Texts of the furniture rows, which must not appear in any block. */
  readonly furniture: readonly string[];
}

interface Item {
  text: string;
  indentEm: number;
  centred: boolean;
  offsetRow: boolean;
}

const HALF: Readonly<Record<string, string>> = { '，': ',', '（': '(', '）': ')', '：': ':', '；': ';', '！': '!', '？': '?' };
const ZH_NUM = '一二三四五六七八九十';

/** Generates one case; see {@link FixtureOptions}. Deterministic for a given option set. */
export function buildLayoutFixture(o: FixtureOptions): LayoutFixture {
  const rnd = seededRandom(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const zh = o.language === 'zh';
  const columnsTotal = o.sheets * o.pagesPerSheet * o.columnsPerPage;
  const columns: Item[][] = [];
  const blocks: { kind: 'heading' | 'body'; pieces: string[]; full: string; complete: boolean }[] = [];
  let headingNo = 0;
  let pending: { kind: 'heading' | 'body'; lines: { shown: string; logical: string }[]; centred: boolean; full: string } | undefined;
  let col: Item[] = [];
  const nextBlock = (): void => {
    const heading = blocks.length > 0 && blocks[blocks.length - 1]?.kind === 'body' && rnd() < 0.15;
    if (heading) {
      headingNo++;
      const enumerated = rnd() < 0.6;
      const base = pick(zh ? ZH_HEADINGS : EN_HEADINGS);
      const text = enumerated ? (zh ? `${ZH_NUM[(headingNo - 1) % 10]}、${base}` : `${headingNo}. ${base}`) : base;
      pending = { kind: 'heading', lines: [{ shown: text, logical: text }], centred: rnd() < 0.5, full: text };
    } else {
      const sentences = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => pick(zh ? ZH_SENTENCES : EN_SENTENCES));
      const shown = zh && o.halfWidthPunctuation ? sentences.map((s) => s.replace(/[，（）：；！？]/gu, (c) => HALF[c] ?? c)) : sentences;
      const lines = zh ? wrapCjk(shown.join(''), o.measureEm, 2) : wrapLatin(shown.join(' '), o.measureEm, 1.5, rnd);
      const logical = zh ? sentences.join('') : sentences.join(' ');
      pending = { kind: 'body', lines: alignLogical(lines, logical), centred: false, full: logical };
    }
    blocks.push({ kind: pending.kind, pieces: [], full: pending.full, complete: false });
  };
  while (columns.length < columnsTotal) {
    if (!pending || pending.lines.length === 0) nextBlock();
    const p = pending as NonNullable<typeof pending>;
    const block = blocks[blocks.length - 1] as { pieces: string[]; complete: boolean };
    const room = o.rowsPerColumn - col.length;
    if (p.kind === 'heading' && (room < 4 || (col.length > 0 && room < 5))) {
      while (col.length < o.rowsPerColumn) col.push({ text: '', indentEm: 0, centred: false, offsetRow: false });
    } else {
      if (p.kind === 'heading' && col.length > 0) col.push({ text: '', indentEm: 0, centred: false, offsetRow: false });
      const line = p.lines.shift() as { shown: string; logical: string };
      const first = block.pieces.length === 0;
      const indentEm = p.kind === 'body' && first ? (zh ? 2 : 1.5) : 0;
      col.push({ text: line.shown, indentEm, centred: p.centred, offsetRow: p.kind === 'heading' && rnd() < 0.5 });
      block.pieces.push(line.logical);
      block.complete = p.lines.length === 0;
    }
    if (col.length >= o.rowsPerColumn) {
      columns.push(col);
      col = [];
    }
  }
  const furniture: string[] = [];
  const sheetTexts: string[] = [];
  const gutterEm = zh ? 2 + Math.floor(rnd() * 3) : 2 + rnd() * 2;
  const marginEm = 3 + Math.floor(rnd() * 4);
  const pageWidthEm = marginEm * 2 + o.columnsPerPage * o.measureEm + (o.columnsPerPage - 1) * gutterEm;
  const unitEm = o.placement === 'display' ? 0.5 : zh ? 0.55 + rnd() * 0.15 : 0.5;
  for (let s = 0; s < o.sheets; s++) {
    const rows: { x: number; text: string; jitter: boolean }[][] = [];
    const firstPage = 28 + s * o.pagesPerSheet;
    if (o.slugs) {
      const slug = [`Page ${firstPage} - 实践理论版12期.indd`, `P. ${firstPage}`];
      slug.forEach((t) => rows.push([{ x: 0, text: t, jitter: false }]));
      rows.push([]);
      furniture.push(...slug);
    }
    if (o.runningHeads) {
      const row = Array.from({ length: o.pagesPerSheet }, (_, p) => {
        const text = zh ? (p === 0 ? '特别关注 / 经济观察' : '经济观察 / 特别关注') : o.sheets > 1 && p === 0 ? 'Rural Economy Review' : 'Rural Economy | Case Study';
        furniture.push(text);
        const left = p * pageWidthEm + marginEm;
        return { x: p === 1 ? left + pageWidthEm - 2 * marginEm - emWidth(text) : left, text, jitter: false };
      });
      rows.push(row, []);
    }
    const sheetCols = columns.slice(s * o.pagesPerSheet * o.columnsPerPage, (s + 1) * o.pagesPerSheet * o.columnsPerPage);
    for (let r = 0; r < o.rowsPerColumn; r++) {
      const offset: { x: number; text: string; jitter: boolean }[] = [];
      const normal: { x: number; text: string; jitter: boolean }[] = [];
      sheetCols.forEach((c, ci) => {
        const item = c[r];
        if (!item || item.text === '') return;
        const page = Math.floor(ci / o.columnsPerPage);
        const left = page * pageWidthEm + marginEm + (ci % o.columnsPerPage) * (o.measureEm + gutterEm);
        const x = left + (item.centred ? Math.max(0, (o.measureEm - emWidth(item.text)) / 2) : item.indentEm);
        (item.offsetRow ? offset : normal).push({ x, text: item.text, jitter: true });
      });
      if (offset.length > 0) rows.push(offset);
      rows.push(normal);
    }
    if (o.folios) {
      const row = Array.from({ length: o.pagesPerSheet }, (_, p) => {
        const num = firstPage + p;
        const right = p === 1 || (o.pagesPerSheet === 1 && num % 2 === 1);
        const text = zh ? (right ? `2019 年第 12 期  ${num}` : `${num}  实践·思想理论版`) : right ? `Rural Economy  ${num}` : `${num}  Case Study`;
        furniture.push(text);
        const left = p * pageWidthEm + marginEm;
        return { x: right ? left + pageWidthEm - 2 * marginEm - emWidth(text) : left, text, jitter: false };
      });
      rows.push([], row);
    }
    sheetTexts.push(rows.map((row) => printRow(row, unitEm, o.jitter, rnd)).join('\n'));
  }
  return {
    text: `${sheetTexts.join('\n\f')}\n\f`,
    blocks: blocks.filter((b) => b.pieces.length > 0).map((b) => ({ kind: b.kind, text: b.complete ? b.full : b.pieces.join('') })),
    furniture,
  };
}

/** Prints segments at their x positions (in `unitEm` per text column), like pdftotext -layout. */
function printRow(row: readonly { x: number; text: string; jitter: boolean }[], unitEm: number, jitter: number, rnd: () => number): string {
  let out = '';
  let pos = 0;
  const display = unitEm === 0.5;
  for (const seg of [...row].sort((a, b) => a.x - b.x)) {
    const drift = seg.jitter ? Math.round((rnd() * 2 - 1) * jitter) : 0;
    let target = Math.max(0, Math.round(seg.x / unitEm) + drift);
    if (out.length > 0) target = Math.max(target, pos + 3);
    out += ' '.repeat(Math.max(0, target - pos)) + seg.text;
    pos = Math.max(pos, target) + (display ? [...seg.text].reduce((w, ch) => w + emWidth(ch) * 2, 0) : [...seg.text].length);
  }
  return out;
}

/** Breaks Chinese text into lines of at most `measure` ems (closing punctuation may hang), first line indented. */
export function wrapCjk(text: string, measure: number, indent: number): string[] {
  const tokens = text.match(/[\x21-\x7e]+|\s|./gu) ?? [];
  const lines: string[] = [];
  let cur = '';
  let width = indent;
  for (const tok of tokens) {
    const w = emWidth(tok);
    const closing = /^[，。、；：？！”）》,.;:?!)]$/u.test(tok);
    if (width + w > measure && cur.trim() !== '' && !closing) {
      lines.push(cur.trim());
      cur = '';
      width = 0;
    }
    if (tok === ' ' && cur === '') continue;
    cur += tok;
    width += w;
  }
  if (cur.trim() !== '') lines.push(cur.trim());
  return lines;
}

/** Greedy English wrapping with occasional hyphenation of long words; first line indented. */
export function wrapLatin(text: string, measure: number, indent: number, rnd: () => number): string[] {
  const lines: string[] = [];
  let cur = '';
  let width = indent;
  for (const word of text.split(' ')) {
    const w = emWidth(word);
    if (cur !== '' && width + 0.5 + w > measure) {
      const room = measure - width - 0.5;
      const m = /^[a-z]{4,}/u.exec(word);
      if (m && word.length >= 9 && room >= 3 && rnd() < 0.6) {
        const cut = Math.min(word.length - 3, Math.floor((room - 0.5) * 2));
        if (cut >= 3 && /^[a-z]+$/u.test(word.slice(0, cut))) {
          lines.push(`${cur} ${word.slice(0, cut)}-`);
          cur = word.slice(cut);
          width = emWidth(cur);
          continue;
        }
      }
      lines.push(cur);
      cur = word;
      width = w;
    } else {
      cur = cur === '' ? word : `${cur} ${word}`;
      width += (cur === word ? 0 : 0.5) + w;
    }
  }
  if (cur !== '') lines.push(cur);
  return lines;
}

/** Pairs each printed line with its logical text: hyphens added by wrapping are removed, Chinese half-width marks restored. */
export function alignLogical(lines: readonly string[], logical: string): { shown: string; logical: string }[] {
  const compact = Array.from(logical.replace(/\s+/gu, ''));
  let k = 0;
  return lines.map((shown, i) => {
    const hyphenated = i < lines.length - 1 && /[a-z]-$/u.test(shown) && !logical.includes(shown.split(' ').pop() ?? '\u0000');
    const body = Array.from((hyphenated ? shown.slice(0, -1) : shown).replace(/\s+/gu, ''));
    const piece = compact.slice(k, k + body.length).join('');
    k += body.length;
    return { shown, logical: piece };
  });
}
