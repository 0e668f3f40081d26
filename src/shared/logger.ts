/** Structured values a log line may carry; an `Error` is written with its name, message and stack. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined | Error>>;

/** Severity of a log line, lowest first. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Where the host, the transports and the CLI report what happened. `event` is a short fixed
 * identifier (`api.unexpected`, `server.listening`), never user text; `fields` are structured.
 * Rule for callers: the text of the user's documents, glossary entries and the API token go in
 * `debug` lines only (the file logger drops such free-text fields from info and above anyway).
 */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** A logger that writes nothing: the default for tests and for embedders that pass none. */
export const nullLogger: Logger = Object.freeze({
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
});
