import type { I18nKey } from '../i18n/keys.ts';
import { AppError } from '../model/errors.ts';

/**
 * Why {@link parseXmlSafely} refused a document, in neutral terms: each caller turns it into an
 * AppError of its own feature (glossary, re-import, DOCX import), so one reader serves them all
 * without deciding which message the user sees.
 */
export type XmlFailure =
  | { readonly kind: 'doctype' }
  | { readonly kind: 'entity'; readonly name: string }
  | { readonly kind: 'malformed'; readonly line: number; readonly message: string };

/** Turns an {@link XmlFailure} into the AppError the caller wants thrown. */
export type XmlFailureHandler = (failure: XmlFailure) => AppError;

/** One AppError code per {@link XmlFailure} kind. */
export interface XmlErrorCodes {
  /** A DTD internal subset or an `<!ENTITY` declaration; thrown without details. */
  readonly doctype: I18nKey;
  /** A reference to an entity XML does not predefine; details `{ name }`. */
  readonly entity: I18nKey;
  /** Input that is not well-formed; details `{ line, message }` (line 0 when unknown). */
  readonly malformed: I18nKey;
}

/** A {@link XmlFailureHandler} that throws `codes[kind]` with the failure's details. */
export function xmlErrors(codes: XmlErrorCodes): XmlFailureHandler {
  return (failure) => {
    switch (failure.kind) {
      case 'doctype':
        return new AppError(codes.doctype);
      case 'entity':
        return new AppError(codes.entity, { name: failure.name });
      case 'malformed':
        return new AppError(codes.malformed, { line: failure.line, message: failure.message });
    }
  };
}
