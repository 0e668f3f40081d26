/**
 * Import fidelity on documents with every piece of content required (issue 18): text accuracy and
 * paragraph-boundary F1 over the reading flow, floats and footnotes judged apart from the flow
 * (the typesetter, not the author, decides where they land), labelling of headings, captions and
 * the other kinds, and leaked furniture (running heads, mastheads, folios).
 */
import type { BlockKind } from '../model/index.ts';
import { paragraphBoundaryF1, textAccuracy } from './metrics.ts';

/** One expected block; `float` marks captions, table rows and footnotes placed by the typesetter. */
export interface ExpectedBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly float?: boolean;
}

/** One block an importer produced. */
export interface ActualBlock {
  readonly kind: BlockKind;
  readonly text: string;
}

/** Kinds that the scorer takes out of the flow on the importer's side too. */
export const FLOATING_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['caption', 'table', 'footnote']);

/** Hits out of the expected count, for one kind. */
export interface KindScore {
  readonly ok: number;
  readonly total: number;
  /** Blocks the importer gave this kind that no expected block of the kind matches. */
  readonly extra: number;
}

/** The fidelity of one import. */
export interface Fidelity {
  /** Character accuracy over all content: flow in order, then floats matched to their expected order. */
  readonly accuracy: number;
  /** Paragraph-boundary F1 of the flow (everything except floats and footnotes). */
  readonly f1: number;
  /** Furniture strings found more often in the output than in the expected text. */
  readonly leaks: readonly string[];
  /** Per expected kind: how many expected blocks came back with that kind and the same text. */
  readonly kinds: Readonly<Partial<Record<BlockKind, KindScore>>>;
}

const squash = (text: string): string => text.replace(/\s+/gu, '');

function count(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Where an actual float best belongs among the expected floats: its first 6-character run found there. */
function floatRank(text: string, expected: readonly string[]): number {
  const t = squash(text);
  const exact = expected.indexOf(t);
  if (exact >= 0) return exact;
  for (let i = 0; i + 6 <= t.length; i += 3) {
    const probe = t.slice(i, i + 6);
    const at = expected.findIndex((e) => e.includes(probe));
    if (at >= 0) return at;
  }
  return expected.length;
}

/**
 * Scores `actual` against `expected`. `furniture` lists texts that must not come through (a
 * running head, a masthead part); each counts as leaked when it occurs more often in the output
 * than in the expected text. Folios are caught separately: an output block that is only a page
 * number ("12", "- 3 -", "— 3 —") or that contains a dash-framed number the expected text lacks.
 */
export function scoreFidelity(expected: readonly ExpectedBlock[], actual: readonly ActualBlock[], furniture: readonly string[]): Fidelity {
  const flowWant = expected.filter((b) => !b.float).map((b) => b.text);
  const floatWant = expected.filter((b) => b.float).map((b) => squash(b.text));
  const flowGot = actual.filter((b) => !FLOATING_KINDS.has(b.kind)).map((b) => b.text);
  const floatGot = actual
    .filter((b) => FLOATING_KINDS.has(b.kind))
    .map((b) => ({ text: b.text, rank: floatRank(b.text, floatWant) }))
    .sort((a, b) => a.rank - b.rank)
    .map((b) => b.text);
  const accuracy = textAccuracy([...flowWant, ...floatWant].join('\n'), [...flowGot, ...floatGot].join('\n'));
  const f1 = paragraphBoundaryF1(flowWant, flowGot);
  const wantAll = squash(expected.map((b) => b.text).join(''));
  const gotAll = squash(actual.map((b) => b.text).join(''));
  const leaks: string[] = [];
  for (const f of new Set(furniture.map(squash))) if (f.length > 0 && count(gotAll, f) > count(wantAll, f)) leaks.push(f);
  const dashFolio = /[-–—]\d{1,4}[-–—]/gu;
  const folioBlocks = actual.filter((b) => /^(?:[-–—]*\d{1,4}[-–—]*|[ivxlc]{1,6})$/iu.test(squash(b.text)));
  for (const b of folioBlocks) leaks.push(`folio ${b.text}`);
  const framed = (gotAll.match(dashFolio) ?? []).filter((m) => !wantAll.includes(m));
  for (const m of framed) if (!folioBlocks.some((b) => squash(b.text) === m)) leaks.push(`folio ${m}`);
  const kinds: Partial<Record<BlockKind, KindScore>> = {};
  for (const kind of new Set(expected.map((b) => b.kind))) {
    const want = expected.filter((b) => b.kind === kind).map((b) => squash(b.text));
    const got = actual.filter((b) => b.kind === kind).map((b) => squash(b.text));
    const pool = [...got];
    let ok = 0;
    for (const w of want) {
      const at = pool.indexOf(w);
      if (at >= 0) {
        ok++;
        pool.splice(at, 1);
      }
    }
    kinds[kind] = { ok, total: want.length, extra: pool.length };
  }
  return { accuracy, f1, leaks, kinds };
}
