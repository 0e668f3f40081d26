/**
 * The one set of input limits. Every path that accepts outside data (file import, TM and
 * glossary and annotation import, the WorkbenchApi validators, the UI) reads its bound from
 * here, so no path can accept something another path then refuses for ever (a 2 MB English
 * from an XLIFF that the save API would never take back). Each bound is checked before the
 * expensive work it protects and refused with {@link limitError}, whose message names it.
 * The README's "Limits" table lists the same values; a test keeps the two in step.
 */
export const LIMITS = {
  /** Bytes of one file handed to any importer. */
  fileBytes: 100 * 1024 * 1024,
  /** Bytes all compressed parts of one file (DOCX zip entries, PDF flate streams) may inflate to. */
  decompressedBytes: 128 * 1024 * 1024,
  /** Pages of one PDF. */
  pages: 20_000,
  /** Paragraphs (blocks) one imported document may have. */
  paragraphs: 200_000,
  /** UTF-16 units of one source paragraph; longer runs are split at sentence ends first. */
  paragraphChars: 20_000,
  /** Sentences of one paragraph. */
  sentencesPerParagraph: 2_000,
  /** Units of one TMX/XLIFF file, concepts of one TBX, rows of one CSV/TSV glossary, annotations of one JSON-LD file. */
  units: 200_000,
  /** UTF-16 units of one English target (save API, re-import, UI). */
  targetChars: 1_000_000,
  /** UTF-16 units of one glossary term, note or annotation quote. */
  fieldChars: 100_000,
  /** Elements nested in XML, blockquotes in Markdown, `refinedBy` selectors in JSON-LD. */
  nestingDepth: 256,
  /** Text items (text-showing operators) one PDF page may produce. */
  operatorsPerPage: 50_000,
  /** Text items a whole PDF may produce (pages sharing one huge content stream). */
  operatorsPerDocument: 2_000_000,
  /** Form XObjects drawn on one PDF page, counting repeats (fan-out). */
  xobjectExpansions: 100_000,
} as const;

/** The name of one limit in {@link LIMITS}. */
export type LimitName = keyof typeof LIMITS;
