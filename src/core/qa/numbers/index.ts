/** The Chinese/English number normaliser used by the number-mismatch check. */
export * from './value.ts';
export * from './zh-numbers.ts';
export * from './en-numbers.ts';
