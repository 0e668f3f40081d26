/** Public surface of the exporters: one function per format, plus the input model. */
export * from './model.ts';
export { exportTmx } from './tmx.ts';
export { exportXliff12 } from './xliff12.ts';
export { exportXliff20 } from './xliff20.ts';
export { exportTsv, exportCsv } from './delimited.ts';
export { exportHtml } from './html.ts';
export { exportJsonl } from './jsonl.ts';
export type { JsonlRecord, JsonlAnnotation } from './jsonl.ts';
export { exportPlainText } from './plaintext.ts';
export type { PlainTextPair } from './plaintext.ts';
export { exportDocx } from './docx.ts';
