import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alignFiles, writeAlignedProject } from '../../host/align/index.ts';
import { readArgumentFile } from '../arguments.ts';
import { cliLanguage, translate } from '../messages.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao align`. */
export const ALIGN_HELP = `Usage: duizhao align <zh-file> <en-file> (--json | --out <project.duizhao>) [--lines]

Aligns a Chinese document with its English translation: paragraphs first, then the sentences
inside each aligned paragraph group (CC-CEDICT glosses of jieba words, numbers, Latin tokens,
lengths). Both files may be any format "duizhao import" reads.

  --json          print {"zh":[segments],"en":[segments],"beads":[{"zh":[i,...],"en":[j,...],"score":x}]}
                  with 0-based indices; beads are in order and every segment is in exactly one bead
                  (a null bead has an empty list on one side); score is the confidence in [0, 1]
  --out <path>    create a project whose blocks are the Chinese paragraphs with the aligned English
                  as draft (an existing file is never overwritten)
  --lines         take every non-empty line of each file as one segment, as it is
  -h, --help      show this help
`;

/** `duizhao align`: returns the exit code. */
export async function runAlign(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      out: { type: 'string' },
      lines: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.stdout(ALIGN_HELP), 0;
  const [zhFile, enFile, ...extra] = positionals;
  if (!zhFile || !enFile || extra.length) throw usageError('align takes exactly two files: <zh-file> <en-file>.');
  if (!values.json && !values.out) throw usageError('align needs --json or --out <project.duizhao>.');

  const zh = readArgumentFile(zhFile);
  const en = readArgumentFile(enFile);
  const outcome = await alignFiles(zh, en, { lines: values.lines === true });
  for (const warning of outcome.warnings) io.stderr(`duizhao: ${translate(warning.code, warning.details, cliLanguage(env))}\n`);
  if (values.out) {
    const out = resolve(values.out);
    writeAlignedProject(out, zh.name, outcome, Date.now());
    if (!values.json) io.stdout(`${out}\n`);
  }
  if (values.json) {
    const beads = outcome.beads.map((b) => ({ zh: b.zh, en: b.en, score: b.score }));
    io.stdout(`${JSON.stringify({ zh: outcome.zh, en: outcome.en, beads })}\n`);
  }
  return 0;
}
