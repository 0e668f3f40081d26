/**
 * The QA evaluation set: real zh/en pairs (bench/data/qa/pairs.tsv, sources in SOURCES.md), each
 * kept clean and copied once per error kind with one planted error, plus constructed clean traps
 * (traps.tsv) and duplicated sources with a different English (inconsistent-translation).
 * Everything is deterministic. Units are grouped in documents: the clean document (originals,
 * traps, duplicates) is checked as a set; each planted document holds one copy of each pair with
 * one kind of error (so their shared sources do not count as inconsistencies).
 */
import { readFileSync } from 'node:fs';
import { importDelimited, type GlossaryEntry } from '../../src/core/glossary/index.ts';
import type { QaCheck, QaUnit } from '../../src/core/qa/index.ts';

/** A unit of the set with the checks a careful reviewer expects to fire on it. */
export interface LabeledUnit extends QaUnit {
  readonly split: 'dev' | 'holdout';
  readonly expected: readonly QaCheck[];
}

/** A group of units checked together (consistency is per document). */
export interface EvalDocument {
  readonly name: string;
  readonly units: readonly LabeledUnit[];
}

const DATA = new URL('../data/qa/', import.meta.url);

function readTsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(name, DATA), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const columns = (header as string).split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, k) => [columns[k] as string, v])));
}

/** The set's glossary (bench/data/qa/glossary.tsv). */
export function evalGlossary(): GlossaryEntry[] {
  return importDelimited(readFileSync(new URL('glossary.tsv', DATA), 'utf8'), '\t').entries;
}

/** Real pairs whose English differs only in a trailing semicolon though the source is the same. */
const KNOWN_INCONSISTENT = new Set(['g23c', 'g19b']);

/**
 * Real pairs whose official English leaves a glossary term out (kk3 does not render 代表国务院
 * "on behalf of the State Council"): term-missing is the right finding there.
 */
const KNOWN_TERM_GAPS = new Set(['kk3']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Planters: each returns the English with one error of its kind, or null when it does not apply. */
type Planter = (zh: string, en: string, glossary: readonly GlossaryEntry[]) => { en: string; expected: QaCheck[] } | null;

function rendered(zh: string, en: string, glossary: readonly GlossaryEntry[], needForbidden: boolean): { entry: GlossaryEntry; target: string } | null {
  for (const entry of glossary) {
    if (!zh.includes(entry.source) || (needForbidden && entry.forbidden.length === 0)) continue;
    const target = entry.targets.find((t) => new RegExp(`\\b${escape(t)}\\b`, 'i').test(en));
    if (target !== undefined) return { entry, target };
  }
  return null;
}

/** Replaces every occurrence of every rendering (longest first) so the term is really gone. */
function replaceAll(en: string, renderings: readonly string[], by: string): string {
  const sorted = [...renderings].sort((a, b) => b.length - a.length);
  return en.replace(new RegExp(`\\b(?:${sorted.map(escape).join('|')})\\b`, 'gi'), by);
}

const PLANTERS: ReadonlyArray<readonly [string, Planter]> = [
  ['empty-target', () => ({ en: '', expected: ['empty-target'] })],
  ['untranslated', (zh) => ({ en: zh, expected: ['untranslated'] })],
  [
    'number-mismatch',
    (_zh, en) => {
      const m = /\d(?:[\d,.]*\d)?/.exec(en);
      if (!m) return null;
      const digits = m[0];
      const positions = [...digits].map((c, k) => (/\d/.test(c) ? k : -1)).filter((k) => k >= 0);
      const a = positions[positions.length - 2];
      const b = positions[positions.length - 1] as number;
      let changed: string;
      if (a !== undefined && digits[a] !== digits[b]) changed = digits.slice(0, a) + digits[b] + digits.slice(a + 1, b) + digits[a] + digits.slice(b + 1);
      else changed = digits.slice(0, b) + String((Number(digits[b]) + 1) % 10) + digits.slice(b + 1); // 2,314 → 2,341; 5 → 6
      return { en: en.slice(0, m.index) + changed + en.slice(m.index + digits.length), expected: ['number-mismatch'] };
    },
  ],
  [
    'term-missing',
    (zh, en, glossary) => {
      const hit = rendered(zh, en, glossary, false);
      if (!hit) return null;
      return { en: replaceAll(en, hit.entry.targets, 'the relevant figures'), expected: ['term-missing'] };
    },
  ],
  [
    'forbidden-term',
    (zh, en, glossary) => {
      const hit = rendered(zh, en, glossary, true);
      if (!hit) return null;
      const replaced = replaceAll(en, hit.entry.targets, hit.entry.forbidden[0] as string);
      return { en: replaced, expected: ['term-missing', 'forbidden-term'] };
    },
  ],
  [
    'cjk-in-target',
    (zh, en) => {
      // A source word left at the end of the English (inside a rendering it would also break a term).
      const han = /\p{Script=Han}{2}/u.exec(zh);
      if (!han) return null;
      const end = /[.;,:]?$/.exec(en) as RegExpExecArray;
      return { en: `${en.slice(0, end.index)} ${han[0]}${end[0]}`, expected: ['cjk-in-target'] };
    },
  ],
  [
    'fullwidth-punct-in-target',
    (_zh, en) => {
      if (en.includes(', ')) return { en: en.replace(', ', '，'), expected: ['fullwidth-punct-in-target'] };
      if (/\.$/.test(en)) return { en: en.replace(/\.$/, '。'), expected: ['fullwidth-punct-in-target'] };
      return { en: `${en}；`, expected: ['fullwidth-punct-in-target'] };
    },
  ],
  [
    'unbalanced-brackets',
    (_zh, en) => {
      if (en.includes(')')) return { en: en.replace(')', ''), expected: ['unbalanced-brackets'] };
      if (!en.includes(', ')) return null;
      return { en: en.replace(', ', ' (').replace(/[.;]?$/, '.'), expected: ['unbalanced-brackets'] };
    },
  ],
  [
    'double-space',
    (_zh, en) => {
      const spaces = [...en.matchAll(/ /g)];
      const at = spaces[Math.min(2, spaces.length - 1)];
      if (at?.index === undefined) return null;
      return { en: `${en.slice(0, at.index)}  ${en.slice(at.index + 1)}`, expected: ['double-space'] };
    },
  ],
];

/** An English that means the same but differs (for inconsistent-translation duplicates). */
function variantOf(en: string): string {
  if (/\bthe\b/.test(en)) return en.replace(/\bthe\b/, 'this');
  return en.replace(/([.;]?)$/, ' as well$1');
}

/** Builds the documents of the set (see the module comment). */
export function buildEvalSet(glossary: readonly GlossaryEntry[] = evalGlossary()): EvalDocument[] {
  const pairs = readTsv('pairs.tsv');
  const traps = readTsv('traps.tsv');
  const clean: LabeledUnit[] = [];
  pairs.forEach((p, k) => {
    const split = p.split as 'dev' | 'holdout';
    const dup = k % 4 === 0;
    const expected: QaCheck[] = dup || KNOWN_INCONSISTENT.has(p.id as string) ? ['inconsistent-translation'] : [];
    if (KNOWN_TERM_GAPS.has(p.id as string)) expected.push('term-missing');
    clean.push({ id: p.id as string, split, source: p.zh as string, target: p.en as string, expected });
    if (dup) clean.push({ id: `${p.id}#dup`, split, source: p.zh as string, target: variantOf(p.en as string), expected: ['inconsistent-translation'] });
  });
  for (const t of traps) {
    clean.push({ id: t.id as string, split: t.split as 'dev' | 'holdout', source: t.zh as string, target: t.en as string, expected: (t.expect ?? '').split(',').filter((c) => c !== '') as QaCheck[] });
  }
  const documents: EvalDocument[] = [{ name: 'clean', units: clean }];
  for (const [kind, plant] of PLANTERS) {
    const units: LabeledUnit[] = [];
    for (const p of pairs) {
      const planted = plant(p.zh as string, p.en as string, glossary);
      if (planted === null) continue;
      // The two real pairs that differ by a semicolon still differ in every planted document.
      // So does the real term gap (unless the planted error suppresses every other check).
      const suppressed = kind === 'empty-target' || kind === 'untranslated';
      const expected = new Set<QaCheck>(planted.expected);
      if (!suppressed && KNOWN_INCONSISTENT.has(p.id as string)) expected.add('inconsistent-translation');
      if (!suppressed && KNOWN_TERM_GAPS.has(p.id as string)) expected.add('term-missing');
      units.push({ id: `${p.id}#${kind}`, split: p.split as 'dev' | 'holdout', source: p.zh as string, target: planted.en, expected: [...expected] });
    }
    documents.push({ name: kind, units });
  }
  return documents;
}
