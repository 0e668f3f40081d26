import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogFields, LogLevel, Logger } from '../../shared/logger.ts';

/** Options of {@link createFileLogger}. */
export interface FileLoggerOptions {
  /** Folder of the log files (created on first write), usually `<workspace>/logs`. */
  readonly dir: string;
  /** Lowest level written; default `info`. */
  readonly level?: LogLevel;
  /** Size at which `duizhao.log` is rotated to `duizhao.1.log`; default 1 MiB. */
  readonly maxBytes?: number;
  /** Rotated files kept besides the current one; default 3. */
  readonly keep?: number;
  /** Clock in epoch ms; injected by tests. */
  readonly now?: () => number;
}

const RANK: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Field names whose string values are identifiers, numbers as text, or paths, never the text of a
 * document or a secret. Any other string field is reduced to its length in lines at info level
 * and above, so a careless `logger.info('x', { target })` cannot leak a translation into the log.
 */
export const SAFE_STRING_FIELDS: ReadonlySet<string> = new Set(['method', 'code', 'status', 'path', 'url', 'host', 'port', 'version', 'format', 'command', 'reason', 'requestId', 'channel']);

/** The name of the current log file inside the log folder. */
export const LOG_FILE = 'duizhao.log';

function serialise(value: LogFields[string], level: LogLevel, name: string): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (typeof value === 'string' && level !== 'debug' && !SAFE_STRING_FIELDS.has(name)) return `[${[...value].length} chars]`;
  return value;
}

/**
 * A logger that appends one JSON object per line (`{"t","level","event",…fields}`) to
 * `<dir>/duizhao.log`, rotating it to `duizhao.1.log` … `duizhao.<keep>.log` when it passes
 * `maxBytes`. Writes are synchronous appends, so the line before a crash is on disk. Logging never
 * throws: a log folder that cannot be written loses log lines, not the user's work.
 */
export function createFileLogger(options: FileLoggerOptions): Logger & { readonly file: string } {
  const min = RANK[options.level ?? 'info'];
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 3);
  const now = options.now ?? Date.now;
  const file = join(options.dir, LOG_FILE);
  const rotated = (n: number): string => join(options.dir, `duizhao.${n}.log`);

  function rotateIfFull(): void {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      return;
    }
    if (size < maxBytes) return;
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1));
      } catch {
        // that generation does not exist yet
      }
    }
    renameSync(file, rotated(1));
  }

  function write(level: LogLevel, event: string, fields: LogFields = {}): void {
    if (RANK[level] < min) return;
    const line: Record<string, unknown> = { t: new Date(now()).toISOString(), level, event };
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) line[name] = serialise(value, level, name);
    try {
      mkdirSync(options.dir, { recursive: true });
      rotateIfFull();
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    } catch {
      // Logging must never break the operation being logged.
    }
  }

  return {
    file,
    debug: (event, fields) => write('debug', event, fields),
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}
