/**
 * The alignment evaluation sets in bench/data/align (see SOURCES.md there): loading them and
 * scoring an aligner on them with strict bead F1. Shared by align.bench.ts and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocument, alignSegments, galeChurch, strictF1 } from '../../src/core/align/index.ts';
import type { AlignResources, Bead, F1Score } from '../../src/core/align/index.ts';

/** A reference bead: 0-based indices on each side. */
export interface RefBead {
  readonly zh: number[];
  readonly en: number[];
}

/** One evaluation set as stored on disk. */
export interface EvalSet {
  readonly id: string;
  readonly split: 'dev' | 'heldout';
  readonly name: string;
  readonly genre: string;
  readonly mode: 'document' | 'lines';
  readonly zh: string[];
  readonly en: string[];
  readonly zhSentences?: string[];
  readonly enSentences?: string[];
  readonly paragraphs?: RefBead[];
  readonly sentences: RefBead[];
}

/** Where the sets live. */
export const DATA_DIR = new URL('../data/align/', import.meta.url);

/** Every set of `split` (or of both), in a stable order. */
export function loadSets(split?: 'dev' | 'heldout'): EvalSet[] {
  const out: EvalSet[] = [];
  for (const s of ['dev', 'heldout'] as const) {
    if (split && split !== s) continue;
    const dir = new URL(`${s}/`, DATA_DIR);
    for (const id of readdirSync(dir).sort()) {
      const base = join(dir.pathname, id);
      const ref = JSON.parse(readFileSync(join(base, 'ref.json'), 'utf8')) as Omit<EvalSet, 'id' | 'split' | 'zh' | 'en'>;
      const read = (name: string): string[] => readFileSync(join(base, name), 'utf8').split(ref.mode === 'document' ? /\n\s*\n/u : /\n/u).map((l) => l.trim()).filter((l) => l !== '');
      const [zh, en] = ref.mode === 'document' ? [read('zh.txt'), read('en.txt')] : [read('zh.lines'), read('en.lines')];
      out.push({ ...ref, id, split: s, zh, en });
    }
  }
  return out;
}

/** Scores of one aligner on one set. */
export interface SetScore {
  readonly sentence: F1Score;
  readonly paragraph?: F1Score;
  /** Set when the sentence splitter no longer reproduces the reference sentences. */
  readonly splitMismatch?: boolean;
  /** Mean confidence of the sentence beads that match the reference, and of those that do not. */
  readonly confidence?: { readonly right: number; readonly wrong: number };
}

function confidenceSplit(beads: readonly Bead[], reference: readonly RefBead[]): { right: number; wrong: number } {
  const ref = new Set(reference.map((b) => `${b.zh.join(',')}|${b.en.join(',')}`));
  const right: number[] = [];
  const wrong: number[] = [];
  for (const b of beads) (ref.has(`${b.zh.join(',')}|${b.en.join(',')}`) ? right : wrong).push(b.score);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : Number.NaN);
  return { right: mean(right), wrong: mean(wrong) };
}

function galeChurchDocument(zh: readonly string[], en: readonly string[], zs: readonly string[][], es: readonly string[][]): { paragraphs: Bead[]; sentences: Bead[] } {
  const paragraphs = galeChurch(zh, en);
  const zStart = [0];
  const eStart = [0];
  for (const s of zs) zStart.push((zStart[zStart.length - 1] ?? 0) + s.length);
  for (const s of es) eStart.push((eStart[eStart.length - 1] ?? 0) + s.length);
  const sentences: Bead[] = [];
  for (const p of paragraphs) {
    const zi = p.zh.flatMap((k) => Array.from({ length: zs[k]?.length ?? 0 }, (_, x) => (zStart[k] ?? 0) + x));
    const ei = p.en.flatMap((k) => Array.from({ length: es[k]?.length ?? 0 }, (_, x) => (eStart[k] ?? 0) + x));
    if (zi.length === 0 || ei.length === 0) {
      for (const z of zi) sentences.push({ zh: [z], en: [], score: 0 });
      for (const e of ei) sentences.push({ zh: [], en: [e], score: 0 });
      continue;
    }
    for (const b of galeChurch(zi.map((k) => zsFlat(zs)[k] ?? ''), ei.map((k) => zsFlat(es)[k] ?? ''))) {
      sentences.push({ zh: b.zh.map((x) => zi[x] ?? 0), en: b.en.map((x) => ei[x] ?? 0), score: 0 });
    }
  }
  return { paragraphs, sentences };
}

const flatCache = new WeakMap<readonly string[][], string[]>();
function zsFlat(groups: readonly string[][]): string[] {
  let flat = flatCache.get(groups);
  if (!flat) {
    flat = groups.flat();
    flatCache.set(groups, flat);
  }
  return flat;
}

/** Runs Duizhao's aligner and the Gale–Church baseline on `set`. */
export function evaluate(set: EvalSet, res: AlignResources): { ours: SetScore; baseline: SetScore } {
  if (set.mode === 'lines') {
    const beads = alignSegments(set.zh, set.en, res);
    return {
      ours: { sentence: strictF1(beads, set.sentences), confidence: confidenceSplit(beads, set.sentences) },
      baseline: { sentence: strictF1(galeChurch(set.zh, set.en), set.sentences) },
    };
  }
  const doc = alignDocument(set.zh, set.en, res);
  const splitMismatch = JSON.stringify(doc.zh) !== JSON.stringify(set.zhSentences) || JSON.stringify(doc.en) !== JSON.stringify(set.enSentences);
  const zs = set.zh.map((_, p) => doc.zh.filter((_, k) => doc.zhParagraph[k] === p));
  const es = set.en.map((_, p) => doc.en.filter((_, k) => doc.enParagraph[k] === p));
  const gc = galeChurchDocument(set.zh, set.en, zs, es);
  return {
    ours: {
      sentence: strictF1(doc.beads, set.sentences),
      paragraph: strictF1(doc.paragraphBeads, set.paragraphs ?? []),
      splitMismatch,
      confidence: confidenceSplit(doc.beads, set.sentences),
    },
    baseline: { sentence: strictF1(gc.sentences, set.sentences), paragraph: strictF1(gc.paragraphs, set.paragraphs ?? []), splitMismatch },
  };
}
