/**
 * Character-level difference between the current source and a match's source, for the matches
 * panel: which parts of the match's source are the same, which were removed and which the
 * current source adds. A longest-common-subsequence table over code points; TM sentences are
 * short (a few hundred characters at most), and longer inputs fall back to one replace.
 */

/** One run of a difference: `equal` text in both, `delete` only in the match, `insert` only in the current source. */
export interface DiffPart {
  readonly kind: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

const MAX_CELLS = 4_000_000;

/** Runs turning `from` (the match's source) into `to` (the current source). */
export function diffChars(from: string, to: string): DiffPart[] {
  const a = Array.from(from);
  const b = Array.from(to);
  if (a.length * b.length > MAX_CELLS) return [...(from ? [{ kind: 'delete' as const, text: from }] : []), ...(to ? [{ kind: 'insert' as const, text: to }] : [])];
  const w = b.length + 1;
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], ch: string): void => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + ch };
    else parts.push({ kind, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('equal', a[i]!);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) push('insert', b[j++]!);
    else push('delete', a[i++]!);
  }
  return parts;
}
