/**
 * Line-aligned plain text: two texts, line n of `zh` is the source of line n of `en`, one
 * block per line. Line breaks inside a block (CR, LF, CRLF, U+2028, U+2029) become one space
 * each, so the alignment holds; this is the only change made to the text. Each line ends in LF.
 */
import { resolveOptions, selectBlocks } from './model.ts';
import type { ExportOptions, ExportProject } from './model.ts';

/** The two aligned texts of a plain-text export. */
export interface PlainTextPair {
  readonly zh: string;
  readonly en: string;
}

function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/** Serialises a project as two line-aligned texts (see the module comment). */
export function exportPlainText(project: ExportProject, options: ExportOptions = {}): PlainTextPair {
  const blocks = selectBlocks(project, resolveOptions(options)).flatMap((d) => d.blocks);
  return {
    zh: blocks.map((b) => `${oneLine(b.source)}\n`).join(''),
    en: blocks.map((b) => `${oneLine(b.target)}\n`).join(''),
  };
}
