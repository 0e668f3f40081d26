import { spansTile, splitSentences } from '../../core/text/sentences.ts';
import type { SentenceSpan } from '../../core/text/sentences.ts';

/** The segmentation rules for a project's source language tag (`zh…` → Chinese, else English). */
export function sentenceLang(sourceLang: string): 'zh' | 'en' {
  return sourceLang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** `blocks.source_sentences` for `source`: a JSON array of `[start, end]` UTF-16 offsets. */
export function encodeSentences(source: string, lang: 'zh' | 'en'): string {
  return JSON.stringify(splitSentences(source, lang).map((s) => [s.start, s.end]));
}

/**
 * The stored sentences of a block, read from `blocks.source_sentences`. A NULL column (a row
 * written by raw SQL) or a value that does not tile `source` exactly is recomputed with the
 * Chinese rules, so callers always get spans that cover the source.
 */
export function decodeSentences(json: string | null, source: string): SentenceSpan[] {
  if (json !== null) {
    try {
      const raw = JSON.parse(json) as unknown;
      if (Array.isArray(raw)) {
        const spans = raw.map((pair: unknown) => (Array.isArray(pair) ? { start: Number(pair[0]), end: Number(pair[1]) } : { start: NaN, end: NaN }));
        if (spansTile(spans, source)) return spans;
      }
    } catch {
      // Unreadable: fall through and recompute.
    }
  }
  return splitSentences(source, 'zh');
}
