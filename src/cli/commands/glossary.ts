import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/model/index.ts';
import { glossaryStoreOf, importGlossaryInto, writeGlossaryFile, type GlossaryFormat } from '../../host/glossary/index.ts';
import { readArgumentFile, withProject } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao glossary`. */
export const GLOSSARY_HELP = `Usage: duizhao glossary import <project.duizhao> <file.tbx|.csv|.tsv> [--json]
       duizhao glossary export <project.duizhao> [--format tbx|csv|tsv] [--out <file>]

import  merges a TBX, CSV or TSV glossary (UTF-8 or GB18030) into the project: a known Chinese
        term gains the new translations, a new one is added; prints what was added, updated and
        skipped (with reasons). --json prints {"added","updated","skipped":[...]}.
export  writes the project's glossary; the format defaults to the --out extension, else TBX.
        Without --out the file goes to stdout. An existing file is never overwritten.
  -h, --help   show this help
`;

const FORMATS: readonly GlossaryFormat[] = ['tbx', 'csv', 'tsv'];

/** `duizhao glossary import|export`: returns the exit code. */
export async function runGlossary(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.stdout(GLOSSARY_HELP), 0;
  const [action, project, ...rest] = positionals;

  if (action === 'import') {
    const [file, ...extra] = rest;
    if (!project || !file || extra.length) throw usageError('glossary import takes <project.duizhao> <file>.');
    const { name, bytes } = readArgumentFile(file);
    const summary = withProject(project, (store) => importGlossaryInto(glossaryStoreOf(store), name, bytes, Date.now()));
    if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      io.stdout(`added ${summary.added}, updated ${summary.updated}, skipped ${summary.skipped.length}\n`);
      for (const s of summary.skipped) io.stdout(`  skipped ${s.line !== undefined ? `line ${s.line}` : `concept ${s.conceptId ?? '?'}`}: ${s.reason}\n`);
    }
    return 0;
  }

  if (action === 'export') {
    if (!project || rest.length) throw usageError('glossary export takes one <project.duizhao>.');
    const fromOut = values.out ? extname(values.out).slice(1).toLowerCase() : '';
    const format = (values.format ?? (FORMATS.includes(fromOut as GlossaryFormat) ? fromOut : 'tbx')) as GlossaryFormat;
    if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const { text } = withProject(project, (store) => writeGlossaryFile(glossaryStoreOf(store).list(), format, store.meta().name));
    if (!values.out) return io.stdout(text), 0;
    const out = resolve(values.out);
    try {
      writeFileSync(out, text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('glossary:errors.outputExists', { path: out });
      throw error;
    }
    return 0;
  }

  throw usageError('glossary needs an action: import or export.');
}
