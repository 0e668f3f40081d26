import { AppError } from '../core/model/index.ts';
import { isStackOverflow } from '../core/model/errors.ts';
import { cliLanguage, translate } from './messages.ts';
import { processIo, usageError } from './output.ts';
import type { CliIo } from './output.ts';

/** Help text of `duizhao` itself. */
export const MAIN_HELP = `Usage: duizhao <command> [options]

Commands:
  import <file> --json | --out <p.duizhao>   read a source file
  serve [project] [--port N]                 start the web workbench on 127.0.0.1
  export <project> --format <f> --out <p>    write TMX, XLIFF, TSV, CSV, DOCX, HTML, JSONL, txt or annotations
  stats <project> [--json]                   show translation progress
  annotations import <project> <file>       import W3C Web Annotations (JSON-LD)
  translations import <project> <file>       merge English from an XLIFF or TMX file
  terms <project> [--glossary <f>] [--json]  glossary hits and term QA findings
  glossary import|export <project> …         merge a TBX/CSV/TSV glossary, or write one
  qa <project|tmx|xliff|tsv> [--json] [--fail]  quality checks (numbers, terms, punctuation…)
  mt pretranslate <project> --provider <p>   fill empty rows with machine-translation drafts
  tm import|lookup|concordance|export <tm> … translation memory: import, fuzzy lookup, search, TMX out
  align <zh> <en> --json | --out <p> [--lines]  align a Chinese document with its English

Run "duizhao <command> --help" for a command's options.
`;

type Command = (args: string[], io: CliIo, env: NodeJS.ProcessEnv) => Promise<number>;

// Loaded on demand so that `stats` does not pay for the importers and `import` not for the server.
const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./commands/import.ts')).runImport,
  serve: async () => (await import('./commands/serve.ts')).runServe,
  export: async () => (await import('./commands/export.ts')).runExport,
  stats: async () => (await import('./commands/stats.ts')).runStats,
  annotations: async () => (await import('./commands/annotations.ts')).runAnnotations,
  translations: async () => (await import('./commands/translations.ts')).runTranslations,
  terms: async () => (await import('./commands/terms.ts')).runTerms,
  glossary: async () => (await import('./commands/glossary.ts')).runGlossary,
  qa: async () => (await import('./commands/qa.ts')).runQa,
  mt: async () => (await import('./commands/mt.ts')).runMt,
  tm: async () => (await import('./commands/tm.ts')).runTm,
  align: async () => (await import('./commands/align.ts')).runAlign,
};

/**
 * Runs the CLI with `argv` (without node and script) and resolves with the exit code:
 * 0 success, 1 environment problem (UI not built), 2 any reported error. AppErrors and usage
 * mistakes print one translated line to stderr, never a stack trace; unexpected errors print
 * their message (and the stack when DUIZHAO_DEBUG is set).
 */
export async function main(argv: string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(MAIN_HELP);
      return command === undefined ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw usageError(`Unknown command "${command}".`);
    return await (await load())(rest, io, env);
  } catch (error) {
    const language = cliLanguage(env);
    if (isStackOverflow(error)) {
      io.stderr(`duizhao: ${translate('limits:errors.tooComplex', {}, language)}\n`);
    } else if (error instanceof AppError) {
      io.stderr(`duizhao: ${translate(error.code, error.details, language)}\n`);
    } else if ((error as { code?: unknown })?.code?.toString().startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`duizhao: ${translate('host:errors.usage', { message: (error as Error).message }, language)}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`duizhao: ${translate('common:errors.internal', { message }, language)}\n`);
      if (env.DUIZHAO_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    }
    return 2;
  }
}
