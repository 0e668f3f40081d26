import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { splitSentences } from '../../core/text/sentences.ts';
import { unitToCodePoint } from '../../core/text/codepoints.ts';
import { writeNewProject } from '../../host/project-file.ts';
import { fileStem, importBytes, toNewDocument } from '../../host/source-file.ts';
import { readArgumentFile } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao import`. */
export const IMPORT_HELP = `Usage: duizhao import <file> (--json | --out <project.duizhao>) [--no-repair]

Reads a source file (layout text, text, Markdown, HTML, DOCX, PDF) and either prints what the
importer found or creates a project from it.

  --json          print {"paragraphs":[{"kind","text","page","level","sentences"}],"dropped":[...]} to stdout;
                  "sentences" are [start, end] offsets in code points of "text"
  --out <path>    create a new project file there (an existing file is never overwritten)
  --no-repair     keep half-width punctuation between Chinese characters as it is
  -h, --help      show this help
`;

/** A block's Chinese sentences as `[start, end]` code-point offsets (offsets leaving the app are code points). */
function sentenceOffsets(text: string): [number, number][] {
  return splitSentences(text, 'zh').map((s) => [unitToCodePoint(text, s.start), unitToCodePoint(text, s.end)]);
}

/** `duizhao import`: returns the exit code. */
export async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      out: { type: 'string' },
      'no-repair': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.stdout(IMPORT_HELP), 0;
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw usageError('import takes exactly one <file>.');
  if (!values.json && !values.out) throw usageError('import needs --json or --out <project.duizhao>.');

  const { name: fileName, bytes } = readArgumentFile(file);
  const result = await importBytes(fileName, bytes, { repairPunctuation: !values['no-repair'] });

  if (values.out) {
    const out = resolve(values.out);
    const now = Date.now();
    writeNewProject(out, { name: fileStem(fileName), sourceLang: 'zh-CN', targetLang: 'en' }, [toNewDocument(fileName, result)], now);
    if (!values.json) io.stdout(`${out}\n`);
  }
  if (values.json) {
    const paragraphs = result.paragraphs.map((block) => ({
      kind: block.kind,
      text: block.text,
      ...(block.page === undefined ? {} : { page: block.page }),
      ...(block.level === undefined ? {} : { level: block.level }),
      sentences: sentenceOffsets(block.text),
    }));
    io.stdout(`${JSON.stringify({ paragraphs, dropped: result.dropped }, null, 2)}\n`);
  }
  return 0;
}
