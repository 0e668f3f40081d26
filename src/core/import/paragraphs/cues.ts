import { emWidth, isCjk } from './char-class.ts';

const CLOSERS = /[\s"'\u201d\u2019\u300d\u300f\u3011\u300b\u3009)\uff09\]\u3015]+$/u;
const OPENERS = /^[（《「『【〔〈]/u;
const NUM_ZH = '一二三四五六七八九十百零〇';

/**
 * True when `text` ends a sentence: its last mark, after closing quotes and brackets, is one of
 * 。！？!?.…: or the full-width colon. Half-width marks count because punctuation repair runs
 * after assembly.
 */
export function endsSentence(text: string): boolean {
  const core = text.replace(CLOSERS, '');
  return /[。！？!?.…：:]$/u.test(core) || /[.!?][\u201d"']$/u.test(text);
}

/** True when `text` ends with a mark that promises more of the same sentence (，、；, hyphen, dash…). */
export function endsMidSentence(text: string): boolean {
  return /[，、；,;\-–—（(“‘《]$/u.test(text.trimEnd());
}

/**
 * A strong paragraph-start enumerator at the start of `text`: （一）, (3), 一、, 第二章, 1., 2.3,
 * ①, I., A. Such a line after a finished sentence starts a new paragraph or heading even when
 * the finished line was full. Weak enumerators (一是, 首先) are not included: they often begin a
 * line in the middle of a paragraph.
 */
export function startsWithEnumerator(text: string): boolean {
  const t = text.trimStart();
  return (
    new RegExp(`^[（(]\\s*[${NUM_ZH}]+\\s*[)）]`, 'u').test(t) ||
    new RegExp(`^[${NUM_ZH}]+\\s*[、，．.]`, 'u').test(t) ||
    new RegExp(`^第[${NUM_ZH}\\d]+[章节部分篇条]`, 'u').test(t) ||
    /^[（(]\s*\d{1,2}\s*[)）]/u.test(t) ||
    /^\d{1,2}(?:\.\d{1,2})*\s*[、．](?!\d)/u.test(t) ||
    /^\d{1,2}(?:\.\d{1,2})*\.\s+\S/u.test(t) ||
    /^\d{1,2}(?:\.\d{1,2})+\s+\S/u.test(t) ||
    /^\d{1,2}\s+[A-Z]/u.test(t) ||
    /^[\u2460-\u2473\u2776-\u277f]/u.test(t) ||
    /^(?:[IVX]{1,5}|[A-H])\.\s/u.test(t)
  );
}

/** A weak enumerator (一是, 二是, 首先, 其次, 最后): a cue only together with indentation or a short line. */
export function startsWithWeakEnumerator(text: string): boolean {
  return new RegExp(`^(?:[${NUM_ZH}]+是|首先|其次|再次|最后)`, 'u').test(text.trimStart());
}

const BYLINE_ZH = /^[（(]?\s*(?:责任编辑|责编|编辑|作者|撰稿|撰文|文|图|摄影|校对|审校|美编|记者|通讯员|作者单位)\s*[：:／/|]/u;
const BYLINE_EN = /^(?:(?:By|Edited by|Reporting by|Written by)\s+|(?:Editor|Text|Photos?|Author)s?\s*:\s*)(?:[A-Z][\p{L}.'-]*(?:\s+|,\s*|\s+and\s+)?){1,6}$/u;

/** An editor / author credit line such as `责任编辑：王丹`, `文/李明`, `By Jane Doe` (short lines only). */
export function isBylineText(text: string): boolean {
  const t = text.trim();
  if (emWidth(t) > 24) return false;
  return BYLINE_ZH.test(t) || BYLINE_EN.test(t);
}

/** Width in ems of the first word of `text` (one character for Chinese), used for the "would it have fitted" test. */
export function firstTokenEm(text: string): number {
  const t = text.trimStart();
  const first = t[0];
  if (first === undefined) return 0;
  if (isCjk(first)) {
    // A full-width opening bracket may not end a line (kinsoku): it wraps with the character after it.
    const chars = Array.from(t.replace(/\s+/gu, ''));
    const pair = OPENERS.test(first) && isCjk(chars[1] ?? '');
    return emWidth(pair ? chars.slice(0, 2).join('') : (chars[0] ?? first));
  }
  const m = /^\S+/u.exec(t);
  const word = m ? m[0] : first;
  // A word runs until the first CJK character (mixed "GDP增长" wraps before 增).
  let latin = '';
  for (const ch of word) {
    if (isCjk(ch)) break;
    latin += ch;
  }
  return emWidth(latin || first);
}

/** True when `text` could be a heading by its wording: short, not ending mid- or end-of-sentence. */
export function headingWording(text: string, widthEm: number): boolean {
  const t = text.trim();
  if (t.length === 0 || widthEm > 30) return false;
  // A word broken at the line end (`long-`) never ends a heading.
  if (/[。，、；,;：:]$/u.test(t) || /\p{L}-$/u.test(t)) return false;
  if (/\.$/u.test(t) && !/^\d+(?:\.\d+)*\.$/u.test(t)) return false;
  if (/^[a-z]/u.test(t)) return false;
  return true;
}

/** A line that begins like a figure or table caption: `图 1`, `表3`, `Figure 2.`, `Fig. 4`, `Table 1`, `Photo 3`. */
export function isCaptionText(text: string): boolean {
  const t = text.trim();
  if (emWidth(t) > 30) return false;
  return /^(?:图|表|圖)\s*\d+(?:[.-]\d+)?(?:\s|[\u3000:：.．、]|$)/u.test(t) || /^(?:Figure|Fig\.|Table|Photo|Chart)\s*\d+(?:\.\d+)?(?:[.:]|\s|$)/u.test(t);
}
