/**
 * Test-support generator of narrow-gutter layout dumps with a known answer: what `pdftotext
 * -layout` prints for pages typeset by a word processor (LibreOffice) rather than a magazine
 * layout program. Each page stacks bands: a title, sections of two or three balanced columns,
 * and headings spanning the columns between sections, so one page can hold a three-column
 * section above a two-column one. Columns are placed by character index with gutters of one to
 * three spaces; each column of a section gets a baseline phase, so columns whose baselines
 * differ land on alternate rows (one column's text on a row of its own), and where two columns
 * share a row the right one may be pulled left or run into the left one after a single space.
 * Running heads alternate between left and right pages with the page number, and folios end
 * each page.
 */
import { EN_HEADINGS, EN_SENTENCES, ZH_HEADINGS, ZH_SENTENCES } from './fixture-text.ts';
import type { LayoutFixture } from './layout-fixture.ts';
import { seededRandom } from '../../text/random.ts';
import { alignLogical, wrapCjk, wrapLatin } from './layout-fixture.ts';

/** Parameters of one banded case. */
export interface BandedOptions {
  readonly seed: number;
  readonly language: 'zh' | 'en';
  readonly pages: number;
  /** Column count of each section on a page, top to bottom (e.g. [3, 2]: three columns above two). */
  readonly sections: readonly (2 | 3)[];
  /** Paragraphs per section. */
  readonly paragraphs: number;
  /** Measure of a column of a two-column section in ems (three columns share the same text width). */
  readonly measureEm: number;
  /** Fewest spaces (character index) between a full line and the next column's text on the same row, 1–3. */
  readonly gutter: number;
  /** Whether columns of a section get different baseline phases (rows interleave). */
  readonly interleave: boolean;
}

interface Line {
  readonly text: string;
  readonly indent: number;
}

/** Generates one banded case; deterministic for a given option set. */
export function buildBandedFixture(o: BandedOptions): LayoutFixture {
  const rnd = seededRandom(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const zh = o.language === 'zh';
  // Characters per em in pdftotext's character index: one per Chinese character, two per em of Latin.
  const perEm = zh ? 1 : 2;
  const blocks: { kind: 'heading' | 'body'; text: string }[] = [];
  const furniture: string[] = [];
  const sheets: string[] = [];
  let headingNo = 0;
  for (let page = 1; page <= o.pages; page++) {
    const rows: { x: number; text: string }[][] = [];
    // Every section spans the same text width: three columns are narrower than two.
    const measureOf = (k: number): number => (k === 2 ? o.measureEm : Math.floor((2 * o.measureEm - 1) / 3));
    const pitchOf = (k: number): number => measureOf(k) * perEm + o.gutter + 2;
    const pageChars = 2 * o.measureEm * perEm + o.gutter + 2;
    const head = zh ? `特别关注 / 县域观察    ${page}` : `Rural Economy Review    ${page}`;
    const mirrored = zh ? `${page}    县域观察 / 特别关注` : `${page}    Case Study`;
    const headText = page % 2 === 1 ? head : mirrored;
    furniture.push(headText);
    rows.push([{ x: page % 2 === 1 ? Math.max(0, pageChars - headText.length) : 0, text: headText }], [], [], []);
    const spanning = (text: string): void => {
      blocks.push({ kind: 'heading', text });
      const width = zh ? Array.from(text).length : text.length;
      rows.push([{ x: Math.max(0, Math.round((pageChars - width) / 2)), text }]);
    };
    if (page === 1) {
      spanning(zh ? '县域产业观察：窄栏排版样张' : 'County Economy: a Narrow-Gutter Sample');
      rows.push([]);
    }
    o.sections.forEach((k, s) => {
      if (s > 0 || page > 1) {
        headingNo++;
        const base = pick(zh ? ZH_HEADINGS : EN_HEADINGS);
        rows.push([], []);
        spanning(zh ? `${'一二三四五六七八九十'[(headingNo - 1) % 10]}、${base}` : `${headingNo}. ${base}`);
      }
      const lines: Line[] = [];
      for (let p = 0; p < o.paragraphs; p++) {
        const sentences = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(zh ? ZH_SENTENCES : EN_SENTENCES));
        const logical = zh ? sentences.join('') : sentences.join(' ');
        const wrapped = zh ? wrapCjk(logical, measureOf(k), 2) : wrapLatin(logical, measureOf(k), 1.5, rnd);
        blocks.push({ kind: 'body', text: alignLogical(wrapped, logical).map((l) => l.logical).join('') });
        wrapped.forEach((text, i) => lines.push({ text, indent: i === 0 ? 2 * perEm : 0 }));
      }
      const perColumn = Math.ceil(lines.length / k);
      const phases = Array.from({ length: k }, (_, c) => (o.interleave ? (c + (rnd() < 0.5 ? 1 : 0)) % 2 : 0));
      const grid: { x: number; text: string }[][] = Array.from({ length: perColumn * 2 + 1 }, () => []);
      for (let c = 0; c < k; c++) {
        // pdftotext's grid leaves a little slack after a full line; rows shared with the left
        // column pull this one left again (see printRow), down to `gutter` spaces.
        const edge = c * pitchOf(k);
        lines.slice(c * perColumn, (c + 1) * perColumn).forEach((line, i) => {
          grid[i * 2 + (phases[c] ?? 0)]?.push({ x: edge + line.indent, text: line.text });
        });
      }
      // Without interleaving every line takes one row; with it, a column's lines take every other row.
      for (const row of o.interleave ? grid : grid.filter((_, r) => r % 2 === 0)) if (row.length > 0) rows.push(row);
    });
    rows.push([], [], [{ x: page % 2 === 1 ? Math.max(0, pageChars - 8) : 0, text: zh ? `第 ${page} 页` : `Page ${page}` }]);
    furniture.push(zh ? `第 ${page} 页` : `Page ${page}`);
    sheets.push(rows.map((row) => printRow(row, rnd)).join('\n'));
  }
  return { text: `${sheets.join('\n\f')}\n\f`, blocks, furniture };
}

/** Prints a row by character index; a segment that would collide is pulled up to one space after its left neighbour. */
function printRow(row: readonly { x: number; text: string }[], rnd: () => number): string {
  let out = '';
  let pos = 0;
  for (const seg of [...row].sort((a, b) => a.x - b.x)) {
    // pdftotext sometimes pulls the right column a little left when it shares a row.
    const pull = out.length > 0 ? Math.floor(rnd() * 3) : 0;
    const target = out.length > 0 ? Math.max(seg.x - pull, pos + 1) : seg.x;
    out += ' '.repeat(Math.max(0, target - pos)) + seg.text;
    pos = Math.max(pos, target) + Array.from(seg.text).length;
  }
  return out;
}
