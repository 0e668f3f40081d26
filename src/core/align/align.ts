import { splitSentences } from '../text/sentences.ts';
import type { PathStep } from './dp.ts';
import { enFeatures, Interner, zhFeatures } from './features.ts';
import type { AlignResources, EnFeatures, ZhFeatures } from './features.ts';
import { PARAGRAPH_PARAMS, Scorer, SENTENCE_PARAMS, SHAPES } from './score.ts';
import type { ScoreParams } from './score.ts';
import { searchPath } from './search.ts';
import type { Bead, BeadShape } from './types.ts';

/** Options of one alignment run; everything has a default. */
export interface AlignOptions {
  readonly sentenceParams?: ScoreParams;
  readonly paragraphParams?: ScoreParams;
  readonly shapes?: readonly BeadShape[];
}

/** Cost units over which a boundary's margin turns into confidence (1 − e^(−margin/τ)). */
const MARGIN_SCALE = 2.5;

/**
 * Beads from a path, each with a confidence: how clearly the search preferred this bead's two
 * boundaries over crossing their anti-diagonals elsewhere, as
 * 1 − e^(−margin/τ) of the weaker boundary. A bead whose end could as well move by a sentence
 * scores low; one hemmed in by strong evidence on both sides scores near 1.
 */
function toBeads(path: readonly PathStep[], shapes: readonly BeadShape[], margins: Float64Array): Bead[] {
  const beads: Bead[] = [];
  let i = 0;
  let j = 0;
  let before = Infinity; // the start (0, 0) is certain
  path.forEach((step, k) => {
    const shape = shapes[step.shape] as BeadShape;
    const after = margins[k] ?? Infinity;
    const margin = Math.max(0, Math.min(before, after));
    const score = margin === Infinity ? 1 : 1 - Math.exp(-margin / MARGIN_SCALE);
    beads.push({
      zh: Array.from({ length: shape.zh }, (_, x) => i + x),
      en: Array.from({ length: shape.en }, (_, x) => j + x),
      score: Math.round(score * 1000) / 1000,
    });
    before = after;
    i = step.i;
    j = step.j;
  });
  return beads;
}

/**
 * Aligns two lists of segment features (one level: sentences or paragraphs) and returns beads
 * with 0-based indices, in order, covering every segment exactly once.
 */
export function alignFeatures(zh: readonly ZhFeatures[], en: readonly EnFeatures[], idCount: number, params: ScoreParams, shapes: readonly BeadShape[] = SHAPES): Bead[] {
  const scorer = new Scorer(zh, en, idCount, params);
  const { path, margins } = searchPath(zh.length, en.length, shapes, scorer.cost);
  return toBeads(path, shapes, margins);
}

/** Aligns pre-segmented texts (one segment per entry, e.g. `--lines`) in one level. */
export function alignSegments(zh: readonly string[], en: readonly string[], res: AlignResources, options: AlignOptions = {}): Bead[] {
  const intern = new Interner();
  const zf = zh.map((t) => zhFeatures(t, res, intern));
  const ef = en.map((t) => enFeatures(t, intern));
  return alignFeatures(zf, ef, intern.size, options.sentenceParams ?? SENTENCE_PARAMS, options.shapes);
}

/** The result of a two-level alignment: sentence segments, sentence beads and paragraph beads. */
export interface DocumentAlignment {
  /** Chinese and English sentences (trimmed), in document order. */
  readonly zh: readonly string[];
  readonly en: readonly string[];
  /** Paragraph index of every sentence. */
  readonly zhParagraph: readonly number[];
  readonly enParagraph: readonly number[];
  /** Sentence beads (indices into `zh` / `en`). */
  readonly beads: readonly Bead[];
  /** Paragraph beads (indices into the paragraph lists). */
  readonly paragraphBeads: readonly Bead[];
}

function sentencesOf(paragraphs: readonly string[], lang: 'zh' | 'en'): { text: string[]; paragraph: number[] } {
  const text: string[] = [];
  const paragraph: number[] = [];
  paragraphs.forEach((p, k) => {
    for (const span of splitSentences(p, lang)) {
      const s = p.slice(span.start, span.end).trim();
      if (s === '') continue;
      text.push(s);
      paragraph.push(k);
    }
  });
  return { text, paragraph };
}

function mergeZh(parts: readonly ZhFeatures[]): ZhFeatures {
  const glossAll = new Set<number>();
  for (const p of parts) for (const g of p.glossAll) glossAll.add(g);
  return {
    length: parts.reduce((a, p) => a + p.length, 0),
    words: parts.flatMap((p) => p.words),
    glossAll: Int32Array.from(glossAll),
    anchors: Int32Array.from(parts.flatMap((p) => [...p.anchors])),
  };
}

function mergeEn(parts: readonly EnFeatures[]): EnFeatures {
  const union = (pick: (f: EnFeatures) => Int32Array): Int32Array => Int32Array.from(new Set(parts.flatMap((p) => [...pick(p)])));
  return { length: parts.reduce((a, p) => a + p.length, 0), lemmas: union((f) => f.lemmas), anchorSet: union((f) => f.anchorSet), numbers: union((f) => f.numbers) };
}

function groupBy<T>(items: readonly T[], owner: readonly number[], count: number): T[][] {
  const groups: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, k) => groups[owner[k] ?? 0]?.push(item));
  return groups;
}

/** Paragraph counts so different that paragraph beads (at most 3-1) cannot express the mapping. */
function paragraphsUnusable(np: number, mp: number): boolean {
  return np === 0 || mp === 0 || Math.max(np, mp) > 2.5 * Math.min(np, mp) || (Math.min(np, mp) === 1 && Math.max(np, mp) > 3);
}

/**
 * Two-level alignment of a Chinese document with its English: paragraphs first (so an error
 * cannot spread past a paragraph boundary), then the sentences inside each aligned paragraph
 * group. When the paragraph counts are too different for paragraph beads, the whole document
 * is one group (one banded sentence-level search). Empty paragraphs are skipped.
 */
export function alignDocument(zhParagraphs: readonly string[], enParagraphs: readonly string[], res: AlignResources, options: AlignOptions = {}): DocumentAlignment {
  const shapes = options.shapes ?? SHAPES;
  const zs = sentencesOf(zhParagraphs, 'zh');
  const es = sentencesOf(enParagraphs, 'en');
  const intern = new Interner();
  const zf = zs.text.map((t) => zhFeatures(t, res, intern));
  const ef = es.text.map((t) => enFeatures(t, intern));
  const zhGroups = groupBy(zf, zs.paragraph, zhParagraphs.length);
  const enGroups = groupBy(ef, es.paragraph, enParagraphs.length);
  // Paragraph indices that hold text; beads are computed over these and mapped back.
  const zp = zhGroups.flatMap((g, k) => (g.length > 0 ? [k] : []));
  const ep = enGroups.flatMap((g, k) => (g.length > 0 ? [k] : []));
  let paragraphBeads: Bead[];
  if (paragraphsUnusable(zp.length, ep.length)) {
    paragraphBeads = [{ zh: zp, en: ep, score: 0 }];
  } else {
    const pz = zp.map((k) => mergeZh(zhGroups[k] ?? []));
    const pe = ep.map((k) => mergeEn(enGroups[k] ?? []));
    paragraphBeads = alignFeatures(pz, pe, intern.size, options.paragraphParams ?? PARAGRAPH_PARAMS, shapes).map((b) => ({
      zh: b.zh.map((x) => zp[x] ?? 0),
      en: b.en.map((x) => ep[x] ?? 0),
      score: b.score,
    }));
  }
  const zhStart = firstIndex(zs.paragraph, zhParagraphs.length);
  const enStart = firstIndex(es.paragraph, enParagraphs.length);
  const beads: Bead[] = [];
  for (const pb of paragraphBeads) {
    const zi = pb.zh.flatMap((p) => range(zhStart[p] ?? 0, zhStart[p + 1] ?? 0));
    const ei = pb.en.flatMap((p) => range(enStart[p] ?? 0, enStart[p + 1] ?? 0));
    if (zi.length === 0 || ei.length === 0) {
      for (const z of zi) beads.push({ zh: [z], en: [], score: pb.score });
      for (const e of ei) beads.push({ zh: [], en: [e], score: pb.score });
      continue;
    }
    const inner = alignFeatures(zi.map((k) => zf[k] as ZhFeatures), ei.map((k) => ef[k] as EnFeatures), intern.size, options.sentenceParams ?? SENTENCE_PARAMS, shapes);
    for (const b of inner) beads.push({ zh: b.zh.map((x) => zi[x] ?? 0), en: b.en.map((x) => ei[x] ?? 0), score: b.score });
  }
  return { zh: zs.text, en: es.text, zhParagraph: zs.paragraph, enParagraph: es.paragraph, beads, paragraphBeads };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}

/** start[p] = index of the first sentence of paragraph p (start[count] = total). */
function firstIndex(owner: readonly number[], count: number): number[] {
  const start = new Array<number>(count + 1).fill(owner.length);
  for (let k = owner.length - 1; k >= 0; k--) start[owner[k] ?? 0] = k;
  for (let p = count - 1; p >= 0; p--) start[p] = Math.min(start[p] ?? owner.length, start[p + 1] ?? owner.length);
  return start;
}
