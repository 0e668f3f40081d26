/** One run of a diff: text kept, inserted (only in the newer text) or deleted (only in the older). */
export interface DiffOp {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** How texts are cut before comparing: English by words, Chinese by characters (code points). */
export type DiffUnit = 'word' | 'char';

/**
 * Above this many token pairs (old × new, after the common head and tail are cut) the middle is
 * reported as one deletion and one insertion: a revision list must never stall on a rewrite of a
 * 50,000-character paragraph, and such a diff would not be readable anyway.
 */
export const DIFF_MAX_CELLS = 4_000_000;

/**
 * Words, runs of spaces and single punctuation marks for `word`; code points for `char` (so a
 * supplementary-plane hanzi like 𠮷 is never split into halves).
 */
export function diffTokens(text: string, unit: DiffUnit): string[] {
  if (unit === 'char') return Array.from(text);
  return text.match(/[\p{L}\p{N}\p{M}'’_-]+|\s+|[^\p{L}\p{N}\p{M}\s]/gu) ?? [];
}

/**
 * The differences from `before` to `after` as runs, in order: joining the `equal` and `delete`
 * runs gives `before`, joining `equal` and `insert` gives `after`. A longest-common-subsequence
 * diff over tokens (see {@link diffTokens}) with adjacent runs of one kind merged.
 */
export function diffText(before: string, after: string, unit: DiffUnit): DiffOp[] {
  const a = diffTokens(before, unit);
  const b = diffTokens(after, unit);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    if (!text) return;
    const last = ops.at(-1);
    if (last && last.op === op) ops[ops.length - 1] = { op, text: last.text + text };
    else ops.push({ op, text });
  };
  push('equal', a.slice(0, head).join(''));
  middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), push);
  push('equal', a.slice(a.length - tail).join(''));
  return ops;
}

function middle(a: readonly string[], b: readonly string[], push: (op: DiffOp['op'], text: string) => void): void {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > DIFF_MAX_CELLS) {
    push('delete', a.join(''));
    push('insert', b.join(''));
    return;
  }
  // LCS lengths of suffixes, one flat typed array: lcs[i][j] for a[i..], b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('equal', a[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push('delete', a[i++]!);
    else push('insert', b[j++]!);
  }
  while (i < n) push('delete', a[i++]!);
  while (j < m) push('insert', b[j++]!);
}

/** The unit that suits a language tag: characters for Chinese and Japanese, words otherwise. */
export function diffUnitFor(lang: string): DiffUnit {
  return /^(zh|ja)\b/i.test(lang) ? 'char' : 'word';
}
