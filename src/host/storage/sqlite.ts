import type { DatabaseSync } from 'node:sqlite';

const SQLITE_WARNING = /SQLite is an experimental feature/;
let filterInstalled = false;

/**
 * Drops the one ExperimentalWarning that `node:sqlite` prints when it first loads, and nothing
 * else: every other warning still reaches `process.emitWarning`'s original implementation.
 * Idempotent; safe to call from several entry points (bin, Electron main, tests).
 */
export function silenceSqliteWarning(): void {
  if (filterInstalled) return;
  filterInstalled = true;
  const original = process.emitWarning.bind(process);
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const message = typeof warning === 'string' ? warning : warning.message;
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    const name = typeof warning === 'string' ? type : warning.name;
    if ((name === 'ExperimentalWarning' || type === 'ExperimentalWarning') && SQLITE_WARNING.test(message)) return;
    (original as (...args: unknown[]) => void)(warning, ...rest);
  }) as typeof process.emitWarning;
}

/**
 * The `DatabaseSync` class, loaded lazily through `process.getBuiltinModule` so that the warning
 * filter is in place before `node:sqlite` initialises (a static import would load it first).
 */
export function sqlite(): typeof DatabaseSync {
  silenceSqliteWarning();
  return process.getBuiltinModule('node:sqlite').DatabaseSync;
}
