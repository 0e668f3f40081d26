/** Types for the untyped `validate-web-annotation` package (used only by tests). */
declare module 'validate-web-annotation' {
  /** JSON-Schema check of one annotation against (part of) the W3C Web Annotation Data Model. */
  export default function validateAnnotation(annotation: unknown, opts?: { optionalId?: boolean }): boolean;
}
