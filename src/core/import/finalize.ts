import { checkLimit, LIMITS, limitError } from '../limits/index.ts';
import type { ImportResult, SourceBlock } from '../model/index.ts';
import { AppError } from '../model/index.ts';
import { splitSentences } from '../text/sentences.ts';

// C0 controls other than tab, LF and CR, and DEL: SQLite's C string binding cuts text at a NUL,
// and none of them is text a translator can see or type.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/u;
// eslint-disable-next-line no-control-regex -- as above
const ALL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/gu;

/** What {@link finalizeImport} changed, for the import preview. */
export interface FinalizeReport {
  /** Control characters removed from the paragraphs. */
  readonly controlsRemoved: number;
}

/**
 * The last step of every import, whatever the format: removes control characters (so what the
 * preview and `import --json` show is exactly what the project stores), drops paragraphs that
 * were nothing else, and enforces the document limits from {@link LIMITS} (paragraphs,
 * paragraph length, sentences per paragraph), throwing `limits:errors.*`. Pure; returns the
 * result unchanged (same object) when there was nothing to remove.
 */
export function finalizeImport(result: ImportResult): { result: ImportResult; report: FinalizeReport } {
  checkLimit('paragraphs', result.paragraphs.length);
  let controlsRemoved = 0;
  const paragraphs: SourceBlock[] = [];
  for (const block of result.paragraphs) {
    let text = block.text;
    if (CONTROLS.test(text)) {
      text = text.replace(ALL_CONTROLS, () => {
        controlsRemoved++;
        return '';
      });
      text = text.trim();
      if (text === '') continue;
    }
    checkLimit('paragraphChars', text.length);
    // A sentence needs at least one character, so only long paragraphs can pass the limit.
    if (text.length > LIMITS.sentencesPerParagraph) {
      const count = splitSentences(text, 'zh').length;
      if (count > LIMITS.sentencesPerParagraph) throw limitError('sentencesPerParagraph', count);
    }
    paragraphs.push(text === block.text ? block : { ...block, text });
  }
  if (paragraphs.length === 0) throw new AppError('import:errors.noParagraphs');
  if (controlsRemoved === 0) return { result, report: { controlsRemoved } };
  return { result: { ...result, paragraphs }, report: { controlsRemoved } };
}
