import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/model/index.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/feature-dto.ts';
import { defaultAnnotationSource } from '../../host/export/default-source.ts';
import { renderProject } from '../../host/export/export-project.ts';
import { withProject } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao export`. */
export const EXPORT_HELP = `Usage: duizhao export <project.duizhao> --format <format> --out <path> [options]

Writes the project's parallel text (or its annotations) to a file.

Formats: ${EXPORT_FORMATS.join(', ')}
  tmx              TMX 1.4b translation memory
  xliff12, xliff20 XLIFF 1.2 / 2.0 (re-importable with "duizhao translations import")
  tsv, csv         one row per block: id, document, kind, status, zh, en
  docx, html       bilingual two-column table
  jsonl            one JSON object per block
  txt              line-aligned plain text: <out> gets the Chinese and a sibling
                   file with ".en" before the extension gets the English
                   (out.txt -> out.txt + out.en.txt)
  annotations      W3C Web Annotation JSON-LD
  annotations-csv  one row per annotation, offsets in code points

  --format <f>          one of the formats above (required)
  --out <path>          the file to write (required); an existing file is not overwritten
  --force               overwrite existing files
  --document <id>       export only this document (default: the whole project)
  --confirmed-only      only confirmed blocks
  --no-headings         leave headings out
  --no-notes            leave notes and annotations out
  --segmentation <s>    TMX: paragraph (default) or sentence
  --include-untranslated  TMX: also write blocks that have no English yet
  --out -               write a text format to standard output
  -h, --help            show this help
`;

/** Where the English of a `txt` export goes: `<out>` with `.en` before its extension. */
export function englishSibling(out: string): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}.en${ext || '.txt'}`);
}

function formatOf(value: string | undefined): ExportFormat {
  if (!value) throw usageError('export needs --format <format>.');
  const format = EXPORT_FORMATS.find((f) => f === value);
  if (!format) throw usageError(`Unknown format "${value}"; use one of ${EXPORT_FORMATS.join(', ')}.`);
  return format;
}

/** `duizhao export`: returns the exit code. Opens the project (taking its lock) only while exporting. */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      document: { type: 'string' },
      'confirmed-only': { type: 'boolean' },
      'no-headings': { type: 'boolean' },
      'no-notes': { type: 'boolean' },
      segmentation: { type: 'string' },
      'include-untranslated': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.stdout(EXPORT_HELP), 0;
  const [project, ...extra] = positionals;
  if (!project || extra.length) throw usageError('export takes exactly one <project.duizhao>.');
  const format = formatOf(values.format);
  if (!values.out) throw usageError('export needs --out <path>.');
  const segmentation = values.segmentation;
  if (segmentation !== undefined && segmentation !== 'paragraph' && segmentation !== 'sentence') {
    throw usageError('--segmentation is paragraph or sentence.');
  }
  const documentId = values.document === undefined ? undefined : Number(values.document);
  if (documentId !== undefined && !(Number.isInteger(documentId) && documentId >= 0)) throw usageError('--document takes a document id.');

  const toStdout = values.out === '-';
  if (toStdout && (format === 'docx' || format === 'txt')) throw usageError(`--out - (standard output) needs a single text format, not ${format}.`);
  const out = resolve(values.out);
  const rendered = withProject(project, (store) =>
    renderProject(store, defaultAnnotationSource, {
      format,
      ...(documentId === undefined ? {} : { documentId }),
      options: {
        confirmedOnly: values['confirmed-only'] ?? false,
        includeHeadings: !values['no-headings'],
        includeNotes: !values['no-notes'],
        ...(segmentation === undefined ? {} : { segmentation }),
        includeUntranslated: values['include-untranslated'] ?? false,
      },
    }),
  );
  if (toStdout) {
    // Pipes: `duizhao export p.duizhao --format jsonl --out - | jq …`.
    io.stdout(new TextDecoder().decode(rendered.files[0]!.bytes));
    return 0;
  }
  const paths = rendered.files.map((_, i) => (i === 0 ? out : englishSibling(out)));
  const taken = values.force ? undefined : paths.find((path) => existsSync(path));
  if (taken) throw new AppError('export:errors.fileExists', { path: taken });
  rendered.files.forEach((file, i) => {
    try {
      writeFileSync(paths[i]!, file.bytes, { flag: values.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new AppError('export:errors.fileExists', { path: paths[i]! });
      throw new AppError('export:errors.writeFailed', { path: paths[i]!, message: error instanceof Error ? error.message : String(error) });
    }
  });
  io.stdout(paths.map((path) => `${path}\n`).join(''));
  return 0;
}
