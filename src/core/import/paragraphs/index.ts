/**
 * Paragraph assembler shared by the layout-text and PDF importers: ordered printed lines per
 * column in, paragraphs / headings / bylines out. See `types.ts` for the input contract.
 */
export { assembleParagraphs } from './assemble.ts';
export { joinLines } from './join.ts';
export {
  endsMidSentence,
  endsSentence,
  firstTokenEm,
  headingWording,
  isBylineText,
  isCaptionText,
  startsWithEnumerator,
  startsWithWeakEnumerator,
} from './cues.ts';
export { displayWidth, emWidth, isCjk, isCjkLetter, isCjkPunct, textDisplayWidth } from './char-class.ts';
export type { AssemblerColumn, AssemblerLine, AssemblerOptions } from './types.ts';
