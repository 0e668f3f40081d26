import { parseArgs } from 'node:util';
import { importTranslationFile } from '../../host/export/import-translations.ts';
import { readArgumentFile, withProject } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao translations`. */
export const TRANSLATIONS_HELP = `Usage: duizhao translations import <project.duizhao> <file.xlf|.xliff|.tmx> [--json]

Merges the English of an XLIFF 1.2/2.0 or TMX file into the project: blocks are matched by
Duizhao's block id, else by identical Chinese. A block whose English changed in Duizhao since the
file was exported is a conflict and is left alone; all updates are one step with a revision each.

  --json       print {"updated": n, "conflicts": n, "unmatched": n, "conflictList": [...]}
               where each conflict is {"blockId", "reason", "current", "incoming"}
  -h, --help   show this help
`;

/** `duizhao translations import`: returns the exit code. */
export async function runTranslations(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.stdout(TRANSLATIONS_HELP), 0;
  const [action, project, file, ...extra] = positionals;
  if (action !== 'import') throw usageError('translations has one action: import.');
  if (!project || !file || extra.length) throw usageError('translations import takes a <project.duizhao> and a <file>.');

  const { name, bytes } = readArgumentFile(file);
  const result = withProject(project, (store) => importTranslationFile(store, name, bytes, Date.now()));
  if (values.json) {
    const json = { updated: result.updated, conflicts: result.conflicts.length, unmatched: result.unmatched, conflictList: result.conflicts };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout(`updated: ${result.updated}\nconflicts: ${result.conflicts.length}\nunmatched: ${result.unmatched}\n`);
    for (const c of result.conflicts) io.stdout(`  block ${c.blockId} (${c.reason}): ${JSON.stringify(c.current)} -> ${JSON.stringify(c.incoming)}\n`);
  }
  return 0;
}
