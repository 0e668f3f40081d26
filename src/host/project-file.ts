import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../core/model/index.ts';
import { ProjectStore } from './storage/project-store.ts';
import type { NewDocument, NewProject } from './storage/project-store.ts';

const FORBIDDEN = /[/\\:*?"<>|]/gu;

// Control characters (C0 and DEL) are invalid or confusing in file names on every platform.
function withoutControls(text: string): string {
  return [...text].map((char) => ((char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f' ? '_' : char)).join('');
}

/**
 * A file-name-safe version of a project name: path separators, control and Windows-reserved
 * characters become `_`, leading dots and surrounding spaces go, length is capped.
 * Never empty (falls back to "project").
 */
export function safeFileStem(name: string): string {
  const stem = [...withoutControls(name).replace(FORBIDDEN, '_').trim().replace(/^\.+/u, '').trim()].slice(0, 120).join('');
  return stem === '' ? 'project' : stem;
}

/** `<dir>/<stem>.duizhao`, or `<stem> (2).duizhao`, `(3)` … for the first name not taken. */
export function uniqueProjectPath(dir: string, name: string): string {
  const stem = safeFileStem(name);
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${stem}.duizhao` : `${stem} (${n}).duizhao`);
    if (!existsSync(path)) return path;
  }
}

/**
 * Writes a complete new project to `path` or nothing at all: the database is built in a temp
 * file beside it, closed (which folds the WAL into the file), then hard-linked into place, which
 * fails instead of overwriting (`host:errors.projectExists`). Any failure removes the temp file.
 * `fill` may write more (e.g. aligned English drafts) before the file is published, so the
 * project appears complete or not at all.
 */
export function writeNewProject(
  path: string,
  project: NewProject,
  documents: readonly NewDocument[],
  now: number,
  fill?: (store: ProjectStore, documentIds: readonly number[]) => void,
): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const store = ProjectStore.create(temp, project, now);
    try {
      const ids = documents.map((document) => store.addDocument(document, now));
      fill?.(store, ids);
    } finally {
      store.close();
    }
    publish(temp, path);
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
  }
}

function publish(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AppError('host:errors.projectExists', { path });
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    if (existsSync(path)) throw new AppError('host:errors.projectExists', { path });
    renameSync(temp, path);
  }
}
