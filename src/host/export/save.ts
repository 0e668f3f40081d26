import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeFileStem } from '../project-file.ts';
import { AppError } from '../../core/model/index.ts';
import type { RenderedFile } from './render.ts';

/** A rendered file with its final name and the path it was written to. */
export interface SavedFile extends RenderedFile {
  readonly fileName: string;
  readonly savedTo: string;
}

/** The folder every export is copied into: `<workspace>/exports`. */
export function exportsDir(workspaceDir: string): string {
  return join(workspaceDir, 'exports');
}

/** The file-name stem of an export: the sanitised project name, plus the document title when scoped. */
export function exportStem(projectName: string, scopeTitle?: string): string {
  return safeFileStem(scopeTitle === undefined ? projectName : `${projectName} - ${scopeTitle}`);
}

/**
 * Writes `files` into `dir` as `<stem><suffix>`, never overwriting: when any of the names is taken
 * every file gets the same numeric suffix (`<stem> (2)<suffix>`, `(3)`…), so a zh/en pair stays
 * a pair. Files are created exclusively (`wx`), so a race with another writer moves on to the
 * next number instead of clobbering. Other file-system failures are `export:errors.writeFailed`.
 */
export function saveUnique(dir: string, stem: string, files: readonly RenderedFile[]): SavedFile[] {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw writeFailed(error, dir);
  }
  for (let n = 1; n < 10_000; n++) {
    const named = files.map((file) => {
      const fileName = `${n === 1 ? stem : `${stem} (${n})`}${file.suffix}`;
      return { ...file, fileName, savedTo: join(dir, fileName) };
    });
    const written: string[] = [];
    try {
      for (const file of named) {
        writeFileSync(file.savedTo, file.bytes, { flag: 'wx' });
        written.push(file.savedTo);
      }
      return named;
    } catch (error) {
      for (const path of written) rmSync(path, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailed(error, dir);
    }
  }
  throw writeFailed(new Error(`no free file name for ${stem}`), dir);
}

function writeFailed(error: unknown, path: string): AppError {
  return new AppError('export:errors.writeFailed', { path, message: error instanceof Error ? error.message : String(error) });
}
