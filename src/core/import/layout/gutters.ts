import { displayWidth, emWidth, isCjk } from '../paragraphs/char-class.ts';

/** A maximal run of non-space characters on a row, with its character-index span. */
export interface Token {
  readonly text: string;
  /** Code-point index of the first character and one past the last. */
  readonly start: number;
  readonly end: number;
  /** The same span in display columns (wide characters count 2). */
  readonly dispStart: number;
  readonly dispEnd: number;
}

/** Column geometry of one band of rows, in character index: flush-left edges and typical right ends. */
export interface BandColumns {
  readonly edges: readonly number[];
  readonly rights: readonly number[];
  /** Typical full-line width of each column, in ems (for splitting text that ran together). */
  readonly widthsEm: readonly number[];
}

const SPACE = /[ \t\u3000\u00a0]/u;

/** Splits a row into tokens at single spaces (tabs and ideographic spaces count as spaces). */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let disp = 0;
  let cur: { chars: string[]; start: number; ds: number } | undefined;
  for (const ch of Array.from(line.replace(/\r$/u, ''))) {
    const w = displayWidth(ch);
    if (SPACE.test(ch)) {
      if (cur) out.push({ text: cur.chars.join(''), start: cur.start, end: i, dispStart: cur.ds, dispEnd: disp });
      cur = undefined;
    } else {
      cur ??= { chars: [], start: i, ds: disp };
      cur.chars.push(ch);
    }
    i++;
    disp += w;
  }
  if (cur) out.push({ text: cur.chars.join(''), start: cur.start, end: i, dispStart: cur.ds, dispEnd: disp });
  return out;
}

/** How far left of an edge a line may start and still belong to it (pdftotext pulls text left when a neighbour is short). */
export const EDGE_SLACK = 4;
const MIN_SEPARATION = 8;

/**
 * Estimates the columns' flush-left edges of a band from where text starts: at a row start or
 * after a gap of two or more spaces. An edge is a position where many rows start (indents and
 * drift of a few characters fold into the leftmost well-used position of the cluster) and which
 * text of other rows seldom crosses, so the random gaps of justified Latin text do not count.
 * Works in character index, where pdftotext keeps one column's lines aligned even when wide
 * characters make display positions drift. Always returns at least one edge for non-empty input.
 */
export function estimateEdges(rows: readonly (readonly Token[])[]): number[] {
  const text = rows.filter((r) => r.length > 0);
  if (text.length === 0) return [];
  const counts = new Map<number, number>();
  const lone = new Map<number, number>();
  for (const toks of text) {
    toks.forEach((t, i) => {
      if (i === 0 || t.start - (toks[i - 1] as Token).end >= 2) counts.set(t.start, (counts.get(t.start) ?? 0) + 1);
    });
    const first = toks[0] as Token;
    lone.set(first.start, (lone.get(first.start) ?? 0) + 1);
  }
  const minCount = Math.max(2, Math.ceil(text.length * 0.07));
  const maxCount = Math.max(0, ...counts.values());
  // The last word of a justified Latin line starts at varying places near the right margin: a
  // few rows line up by chance. A real edge is used by many rows, or starts rows of its own.
  const strong = (p: number, c: number): boolean => c >= maxCount * 0.2 || (lone.get(p) ?? 0) >= 2;
  // Starts of one edge spread over a few places (pdftotext pulls, indents): count them together.
  const cluster = (p: number): number => {
    let n = 0;
    for (let q = p - EDGE_SLACK; q <= p + 2; q++) n += counts.get(q) ?? 0;
    return n;
  };
  const maxCluster = Math.max(0, ...[...counts.keys()].map(cluster));
  // Only justified Latin opens wide gaps at random inside a column's lines (Chinese lines are
  // spread evenly), so only there must a little-used edge prove itself a river.
  let cjk = 0;
  let all = 0;
  for (const toks of text) for (const t of toks) for (const ch of t.text) {
    all++;
    if (isCjk(ch)) cjk++;
  }
  const latin = cjk < all * 0.3;
  const byCount = [...counts.entries()]
    .filter(([p, c]) => c >= minCount && strong(p, c) && !crossedOften(text, p) && (!latin || cluster(p) >= maxCluster * 0.5 || isRiver(text, p)))
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const peaks: number[] = [];
  for (const [p] of byCount) if (peaks.every((q) => Math.abs(q - p) >= MIN_SEPARATION)) peaks.push(p);
  const edges = peaks
    .map((p) => {
      let e = p;
      const c = counts.get(p) ?? 0;
      for (let q = p - EDGE_SLACK; q < p; q++) if ((counts.get(q) ?? 0) >= Math.max(2, c * 0.3)) e = Math.min(e, q);
      return e;
    })
    .sort((a, b) => a - b);
  const first = Math.min(...text.map((r) => (r[0] as Token).start));
  const kept = edges;
  if (kept.length === 0 || (kept[0] ?? 0) > first + MIN_SEPARATION) kept.unshift(first);
  const out: number[] = [];
  for (const e of kept) if (out.length === 0 || e - (out[out.length - 1] ?? 0) >= MIN_SEPARATION) out.push(e);
  return out;
}

/** True when many rows that have text around `edge` run a word straight across it (so it is no gutter). */
function crossedOften(rows: readonly (readonly Token[])[], edge: number): boolean {
  let near = 0;
  let crossing = 0;
  for (const toks of rows) {
    if (!toks.some((t) => t.end > edge - 2 && t.start < edge + 12)) continue;
    near++;
    // Text running right up to the edge (or across it) from further left: no gutter there.
    if (toks.some((t) => t.start < edge - EDGE_SLACK && t.end > edge + 1)) crossing++;
  }
  return crossing > Math.max(1, near * 0.2);
}

/**
 * True when a blank strip runs down the rows just left of `edge`: a gutter is a river, whereas
 * the random gaps of justified Latin line up for a few rows only, so text covers every place
 * left of such a false edge often. Used for edges that few rows start at.
 */
function isRiver(rows: readonly (readonly Token[])[], edge: number): boolean {
  let near = 0;
  const covered = new Array<number>(6).fill(0);
  for (const toks of rows) {
    if (!toks.some((t) => t.end > edge - 12 && t.start < edge + 12)) continue;
    near++;
    for (let d = 1; d <= covered.length; d++) if (toks.some((t) => t.start <= edge - d && t.end > edge - d)) covered[d - 1] = (covered[d - 1] ?? 0) + 1;
  }
  return Math.min(...covered) <= near * RIVER_MAX_COVER;
}

/** Largest share of rows whose text may cover the blank strip left of a weakly used column edge. */
const RIVER_MAX_COVER = 0.2;

/** A run of a row's tokens assigned to one column. */
export interface Group {
  readonly col: number;
  readonly tokens: readonly Token[];
}

/** Column of a token starting at `start` by position alone. */
export function columnAt(edges: readonly number[], start: number): number {
  let col = 0;
  edges.forEach((e, j) => {
    if (start >= e - EDGE_SLACK) col = j;
  });
  return col;
}

/**
 * Assigns a row's tokens to columns: by where they start, then, when a column's text on this row
 * is clearly wider than that column's lines (pdftotext ran the next column's text into it after a
 * single space), the surplus moves to the next column at the word gap that best fits the width.
 */
export function assignTokens(tokens: readonly Token[], cols: BandColumns | { edges: readonly number[] }): Group[] {
  const groups: { col: number; tokens: Token[] }[] = [];
  // For each edge, the token that starts that column: after a gap of two or more spaces (one
  // space separates words; text run together is split by widths below), at or right of the edge
  // minus a little slack; among those close to the edge the closest wins, so a justified word
  // just left of the gutter stays in its column; failing that, the first one further right
  // (text pushed right by a long neighbour).
  const c0 = tokens.length > 0 ? columnAt(cols.edges, (tokens[0] as Token).start) : 0;
  const colOf = new Array<number>(tokens.length).fill(c0);
  let from = 1;
  cols.edges.forEach((edge, j) => {
    if (j <= c0) return;
    let pick = -1;
    let bestDist = Number.POSITIVE_INFINITY;
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.start - (tokens[i - 1] as Token).end < 2 || t.start < edge - EDGE_SLACK) continue;
      const next = cols.edges[j + 1];
      if (next !== undefined && t.start >= next - EDGE_SLACK) break;
      const d = t.start <= edge + 6 ? Math.abs(t.start - edge) : 100 + t.start;
      if (d < bestDist) {
        bestDist = d;
        pick = i;
      }
    }
    if (pick < 0) return;
    for (let i = pick; i < tokens.length; i++) colOf[i] = j;
    from = pick + 1;
  });
  tokens.forEach((t, i) => {
    const col = colOf[i] ?? 0;
    const last = groups[groups.length - 1];
    if (last && last.col === col) last.tokens.push(t);
    else groups.push({ col, tokens: [t] });
  });
  if (!('widthsEm' in cols)) return groups;
  const k = cols.edges.length;
  for (let g = 0; g < groups.length; g++) {
    const grp = groups[g] as { col: number; tokens: Token[] };
    const w = cols.widthsEm[grp.col] ?? 0;
    if (grp.col >= k - 1 || w <= 0 || grp.tokens.length < 2 || groupEm(grp.tokens) <= w + 2.5) continue;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    const nextEdge = cols.edges[grp.col + 1] ?? 0;
    for (let s = 1; s < grp.tokens.length; s++) {
      const left = printedEm(grp.tokens.slice(0, s));
      if (left > w + 1.5) break;
      // pdftotext puts a space between Chinese and Latin or digits inside a line, never between
      // two Chinese characters: a space there is the likelier column break.
      const a = Array.from((grp.tokens[s - 1] as Token).text).pop() ?? '';
      const b = (grp.tokens[s] as Token).text[0] ?? '';
      // The next column's text starts at its edge, or after a single space when the text on its
      // left pushed it right; well left of the edge it is still this column's line.
      const early = (grp.tokens[s] as Token).start < nextEdge - EDGE_SLACK ? 2 : 0;
      // No line starts with a closing mark (kinsoku): pdftotext spaces out a hanging 。 at the
      // end of a justified line, so it must not open the next column's line.
      const closer = CLOSING.test(b) ? 3 : 0;
      const cost = Math.abs(w - left) + (isCjk(a) && isCjk(b) ? 0 : 1) + early + closer;
      if (cost < bestCost) {
        bestCost = cost;
        best = s;
      }
    }
    if (best < 0 || bestCost > w * 0.35 + 1) continue;
    const next = groups[g + 1];
    // When the next column already has its own text on this row, nothing ran into this one: a
    // wide line here is Latin text, which sets narrower than its character count suggests.
    if (next && next.col === grp.col + 1) continue;
    const moved = grp.tokens.splice(best);
    if (next && next.col === grp.col + 1) next.tokens.unshift(...moved);
    else groups.splice(g + 1, 0, { col: grp.col + 1, tokens: moved });
  }
  return groups;
}

/**
 * Width in ems of tokens as printed: a space only between two Latin tokens, because pdftotext
 * spreads the characters of justified Chinese lines with spaces that take no room on the page.
 */
export function groupEm(tokens: readonly Token[]): number {
  let em = 0;
  tokens.forEach((t, i) => {
    em += emWidth(t.text);
    const prev = tokens[i - 1];
    if (prev && !isCjk(Array.from(prev.text).pop() ?? '') && !isCjk(t.text[0] ?? '')) em += 0.5;
  });
  return em;
}

const HANGING = /[，。、；：？！”’）》」』,.;:?!)]$/u;
const CLOSING = /^[，。、；：？！”’）》」』]/u;

/**
 * Width in ems a line takes inside its measure: a closing mark at the end of a Chinese line may
 * hang into the margin, so it does not count.
 */
function printedEm(tokens: readonly Token[]): number {
  const em = groupEm(tokens);
  const last = (tokens[tokens.length - 1] as Token).text;
  const ch = Array.from(last).pop() ?? '';
  return HANGING.test(ch) ? em - emWidth(ch) : em;
}

/** Measures each column of a band (right ends and full-line widths) from a first, position-only assignment. */
export function measureColumns(rows: readonly (readonly Token[])[], edges: readonly number[]): BandColumns {
  const ends: number[][] = edges.map(() => []);
  const widths: number[][] = edges.map(() => []);
  for (const toks of rows) {
    for (const g of assignTokens(toks, { edges })) {
      const end = (g.tokens[g.tokens.length - 1] as Token).end;
      // A group reaching the next edge has swallowed that column's text (run together): skip it.
      const next = edges[g.col + 1];
      if (next !== undefined && end >= next - 1) continue;
      ends[g.col]?.push(end);
      widths[g.col]?.push(printedEm(g.tokens));
    }
  }
  return {
    edges,
    rights: ends.map((e) => quantile(e, 0.85)),
    widthsEm: widths.map((w) => quantile(w, 0.8)),
  };
}

/** The `q` quantile of `xs` (0 when empty). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
}
