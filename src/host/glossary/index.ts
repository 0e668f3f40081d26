/** The glossary feature's host side: storage, file formats, and its slice of the workbench API. */
export { glossaryMethods, glossaryStoreOf, importGlossaryInto, newEntryId, normaliseEntry, type GlossaryMethods } from './glossary-methods.ts';
export { GlossaryStore } from './glossary-store.ts';
export { readGlossaryFile, sniffGlossaryFormat, writeGlossaryFile, type GlossaryFormat, type ParsedGlossaryFile } from './glossary-file.ts';
export { mergeEntries, type MergeResult } from './merge.ts';
export { addSampleGlossary, SAMPLE_GLOSSARY_FILE_NAME } from './sample-glossary.ts';
