import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BlockKind, ImportResult, SourceBlock } from '../../core/model/index.ts';

/**
 * Test helpers for host, server and cli tests (imported only by *.test.ts).
 * `tempDir()` returns a fresh directory and a cleanup function for afterEach.
 */
export function tempDir(prefix = 'duizhao-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A source block; `p('林西县')` is body text, `p('标题', 'heading', 3)` a heading on page 3. */
export function p(text: string, kind: BlockKind = 'body', page?: number): SourceBlock {
  return page === undefined ? { kind, text } : { kind, text, page };
}

/** An ImportResult as a plain-text importer would return it for these blocks. */
export function imported(...paragraphs: SourceBlock[]): ImportResult {
  return {
    paragraphs,
    dropped: [{ reason: 'folio', text: 'P. 30', page: 1 }],
    layout: { format: 'text', pages: 0, columnsPerPage: [] },
    punctuationRepairs: 0,
  };
}
