import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The pdfjs legacy build's module namespace. */
export type Pdfjs = typeof PdfjsModule;

let pdfjsPromise: Promise<Pdfjs> | null = null;

/** Loads the pdfjs legacy build once per thread (the main thread and each text worker load their own). */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

/** pdfjs data folders as file-system paths with a trailing slash (pdfjs reads them with fs in Node). */
function dataDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string } {
  const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const sub = (name: string): string => path.join(dir, name) + path.sep;
  return { cMapUrl: sub('cmaps'), standardFontDataUrl: sub('standard_fonts'), wasmUrl: sub('wasm'), iccUrl: sub('iccs') };
}

/**
 * The `getDocument` parameters every reader of a document uses (local cMaps and standard fonts,
 * no eval, no network, real font names). The main thread and the text workers must open a file
 * with the same parameters so that they extract identical text. `data` is handed to pdfjs, which
 * may detach it: pass a copy when the caller still needs the bytes.
 */
export function documentParams(pdfjs: Pdfjs, data: Uint8Array): Parameters<Pdfjs['getDocument']>[0] {
  return {
    data,
    ...dataDirs(),
    cMapPacked: true,
    // pdfjs 6 never compiles font code with eval and dropped this option; it is kept (outside the
    // typed literal) so that an older pdfjs build would not either.
    ...{ isEvalSupported: false },
    fontExtraProperties: true,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
}
