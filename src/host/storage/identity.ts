import { closeSync, copyFileSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../core/model/index.ts';
import { DUIZHAO_APPLICATION_ID } from './migrations/0001-initial.ts';
import { sqlite } from './sqlite.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const APPLICATION_ID_OFFSET = 68;

function readHeader(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new AppError('host:errors.projectUnreadable', { path });
  }
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function walBytes(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}

// The application id as SQLite sees it through the write-ahead log, read from a private copy: a
// read-only connection cannot replay a WAL without its shared-memory file, and opening the
// original read-write is exactly what must not happen before we know the file is ours.
function applicationIdThroughWal(path: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-identity-'));
  try {
    const copy = join(dir, 'probe.db');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    const db = new (sqlite())(copy);
    try {
      return (db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id;
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('host:errors.projectCorrupt', { path });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Decides, without changing a byte of it, whether `path` is a Duizhao project; throws
 * `host:errors.notAProject` when it is not (an empty file, any non-SQLite file, a SQLite database
 * of another application) and `host:errors.projectUnreadable` when it cannot be read. Must run
 * before the file is opened for writing, because that open already changes a foreign database
 * (switches it to WAL for good, turns an empty file into a 4 KB database).
 *
 * The proof is the `application_id` in the header ("DZHO", set by migration 1). A project whose
 * process died before its first checkpoint still has 0 there and its identity in the `-wal` file;
 * only then is a private copy of file and log opened to read it.
 */
export function assertProjectFile(path: string): void {
  const header = readHeader(path);
  const hasWal = walBytes(path) > 0;
  if (header.length < HEADER_BYTES) {
    if (!hasWal || header.length > 0) throw new AppError('host:errors.notAProject', { path });
  } else if (!header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new AppError('host:errors.notAProject', { path });
  } else {
    const applicationId = header.readUInt32BE(APPLICATION_ID_OFFSET);
    if (applicationId === DUIZHAO_APPLICATION_ID) return;
    if (applicationId !== 0 || !hasWal) throw new AppError('host:errors.notAProject', { path });
  }
  if (applicationIdThroughWal(path) !== DUIZHAO_APPLICATION_ID) throw new AppError('host:errors.notAProject', { path });
}
