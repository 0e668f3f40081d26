import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { writeTmx } from '../../core/tm/tmx-write.ts';
import type { TmStore } from './tm-store.ts';

/**
 * Writes the whole TM as TMX 1.4b to `outPath`, streaming units from SQLite; the file appears
 * only when complete (written beside it, then renamed). Returns the number of units written.
 */
export function exportTmFile(store: TmStore, outPath: string): number {
  const meta = store.meta();
  const temp = `${outPath}.part`;
  const fd = openSync(temp, 'w');
  let count = 0;
  try {
    const counted = (function* () {
      for (const row of store.allRows()) {
        count++;
        yield row;
      }
    })();
    writeTmx(counted, meta.sourceLang, meta.targetLang, (chunk) => writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
  renameSync(temp, outPath);
  return count;
}
