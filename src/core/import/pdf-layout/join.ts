import { joinLines as joinTwo } from '../paragraphs/index.ts';

/**
 * Joins the visual lines of one paragraph into its text with the shared line joiner
 * (`../paragraphs`: Chinese lines join with nothing in between, Latin lines with one space,
 * "condi-" + "tions" is rejoined). Two hyphens that the shared rule would delete are kept here,
 * with no space after them: one letter before the hyphen ("e-" + "commerce"; hyphenation never
 * leaves a single letter behind), or a word the document spells with a hyphen mid-line
 * (`isCompound("well-drilling")`). This is the one step to swap for another assembler.
 */
export function joinLines(lines: readonly string[], isCompound: (hyphenated: string) => boolean = () => false): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(line)) {
      const compound = `${/[A-Za-z]+-$/.exec(text)?.[0] ?? ''}${/^[A-Za-z]+/.exec(line)?.[0] ?? ''}`;
      if (!/[A-Za-z]{2}-$/.test(text) || isCompound(compound.toLowerCase())) {
        text += line;
        continue;
      }
    }
    text = joinTwo(text, line);
  }
  return text;
}
