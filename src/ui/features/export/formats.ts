import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/feature-dto.ts';

/** Formats in the order the export dialog lists them (parallel text first, then annotations). */
export const DIALOG_FORMATS: readonly ExportFormat[] = EXPORT_FORMATS;

/** Formats that export annotation records rather than parallel text; the text options do not apply. */
export function isAnnotationFormat(format: ExportFormat): boolean {
  return format === 'annotations' || format === 'annotations-csv';
}

/** Turns an exported file's base64 bytes into a Blob URL for a download link; revoke it when done. */
export function blobUrl(dataBase64: string, mimeType: string): string {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: mimeType }));
}
