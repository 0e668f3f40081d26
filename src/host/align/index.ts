/** Aligning a Chinese file with its English on the host: import, checks, alignment, projects. */
export { alignFiles, draftsByParagraph, hanPercent, MAX_SEGMENT_LENGTH, MAX_SEGMENTS } from './align-files.ts';
export type { AlignInput, AlignOutcome } from './align-files.ts';
export { writeAlignedProject } from './aligned-project.ts';
export { alignMethods } from './align-methods.ts';
