import { parseArgs } from 'node:util';
import { withProject } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao stats`. */
export const STATS_HELP = `Usage: duizhao stats <project.duizhao> [--json]

Prints translation progress: blocks per status, source characters (code points) and English words.

  --json       print the ProjectStats object as JSON
  -h, --help   show this help
`;

/** `duizhao stats`: returns the exit code. Opens the project (taking its lock) only while counting. */
export async function runStats(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.stdout(STATS_HELP), 0;
  const [project, ...extra] = positionals;
  if (!project || extra.length) throw usageError('stats takes exactly one <project.duizhao>.');
  withProject(project, (store) => {
    const stats = store.stats();
    if (values.json) {
      io.stdout(`${JSON.stringify(stats, null, 2)}\n`);
    } else {
      const { blocks, sourceChars, targetWords } = stats;
      io.stdout(
        `${store.meta().name}\n` +
          `blocks: ${blocks.total} (confirmed ${blocks.confirmed}, draft ${blocks.draft}, new ${blocks.new})\n` +
          `source characters: ${sourceChars.total} (confirmed ${sourceChars.confirmed})\n` +
          `English words: ${targetWords}\n`,
      );
    }
  });
  return 0;
}
