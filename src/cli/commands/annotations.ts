import { parseArgs } from 'node:util';
import { importAnnotationsText } from '../../host/annotations/import-annotations.ts';
import { readArgumentFile, withProject } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao annotations`. */
export const ANNOTATIONS_HELP = `Usage: duizhao annotations import <project.duizhao> <file.jsonld> [--json]

Imports W3C Web Annotations (JSON-LD: an array of annotations or an AnnotationPage) into the
project. Each span is anchored by position (Duizhao exports) or by quote and context over every
block, Chinese and English; what cannot be placed is kept as an orphan to fix in the app.

  --json       print {"anchored": n, "orphaned": m}; skipped items are counted on stderr
  -h, --help   show this help

Export with: duizhao export <project> --format annotations|annotations-csv --out <file>
`;

/** `duizhao annotations import`: returns the exit code. Holds the project's lock while importing. */
export async function runAnnotations(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.stdout(ANNOTATIONS_HELP), 0;
  const [action, project, file, ...extra] = positionals;
  if (action !== 'import' || !project || !file || extra.length) throw usageError('usage: annotations import <project.duizhao> <file.jsonld> [--json]');
  // ignoreBOM keeps a byte order mark in the text, as reading the file as 'utf8' did.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readArgumentFile(file).bytes);
  withProject(project, (store) => {
    const summary = importAnnotationsText(store.db, text, new Date().toISOString(), store.path);
    if (values.json) io.stdout(`${JSON.stringify({ anchored: summary.anchored, orphaned: summary.orphaned })}\n`);
    else io.stdout(`anchored: ${summary.anchored}\norphaned: ${summary.orphaned}\n`);
    if (summary.errors > 0) io.stderr(`duizhao: ${summary.errors} item(s) skipped (not annotations, or no quoted text).\n`);
  });
  return 0;
}
