import { parseArgs } from 'node:util';
import { checkTerms, createTermMatcher, toCodePointHits, type GlossaryEntry, type TermFinding } from '../../core/glossary/index.ts';
import { unitToCodePoint } from '../../core/text/codepoints.ts';
import { glossaryStoreOf, readGlossaryFile } from '../../host/glossary/index.ts';
import { readArgumentFile, withProject } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao terms`. */
export const TERMS_HELP = `Usage: duizhao terms <project.duizhao> [--glossary <file.tbx|.csv|.tsv>] [--json]

Finds glossary terms in every block's Chinese and checks the English against them (term QA).
Uses the project's own glossary unless --glossary names a file to use instead.

  --glossary <file>  a TBX, CSV or TSV glossary (UTF-8 or GB18030) used instead of the project's
  --json             print {"hits":[{"block","start","end","text","termId"}],"findings":[...]};
                     offsets are Unicode code points within the block's source (or English)
  -h, --help         show this help
`;

/** One term occurrence as printed: code-point offsets within the block's Chinese. */
export interface CliTermHit {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly termId: string;
}

/** One term QA finding as printed: source offsets in the Chinese, target offsets in the English (code points). */
export type CliTermFinding = { readonly block: number } & TermFinding;

/** Reads a glossary file given on the command line; `host:errors.fileNotFound` when unreadable. */
export function readGlossaryArgument(file: string): GlossaryEntry[] {
  const { name, bytes } = readArgumentFile(file);
  return readGlossaryFile(name, bytes).entries;
}

function findingInCodePoints(block: number, source: string, target: string, f: TermFinding): CliTermFinding {
  const sourceStart = unitToCodePoint(source, f.sourceStart);
  const sourceEnd = unitToCodePoint(source, f.sourceEnd);
  if (f.kind === 'missing') return { block, ...f, sourceStart, sourceEnd };
  return { block, ...f, sourceStart, sourceEnd, targetStart: unitToCodePoint(target, f.targetStart), targetEnd: unitToCodePoint(target, f.targetEnd) };
}

/** `duizhao terms`: returns the exit code (0 also when there are findings; they are data, not errors). */
export async function runTerms(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { glossary: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.stdout(TERMS_HELP), 0;
  const [project, ...extra] = positionals;
  if (!project || extra.length) throw usageError('terms takes exactly one <project.duizhao>.');
  const fileEntries = values.glossary ? readGlossaryArgument(values.glossary) : null;

  const hits: CliTermHit[] = [];
  const findings: CliTermFinding[] = [];
  withProject(project, (store) => {
    const entries = fileEntries ?? glossaryStoreOf(store).list();
    const matcher = createTermMatcher(entries);
    for (const document of store.documents()) {
      for (const block of store.listBlocks(document.id)) {
        const unitHits = matcher.findTerms(block.source);
        toCodePointHits(block.source, unitHits).forEach((hit, k) => {
          const unit = unitHits[k]!;
          hits.push({ block: block.id, start: hit.start, end: hit.end, text: block.source.slice(unit.start, unit.end), termId: hit.entryIds[0] ?? '' });
        });
        if (block.target.trim() === '') continue; // an untranslated block is not a terminology problem yet
        for (const finding of checkTerms(unitHits, block.target, entries)) findings.push(findingInCodePoints(block.id, block.source, block.target, finding));
      }
    }
  });

  if (values.json) {
    io.stdout(`${JSON.stringify({ hits, findings }, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${hits.length} term occurrences, ${findings.length} findings\n`);
  for (const f of findings) {
    io.stdout(
      f.kind === 'missing'
        ? `block ${f.block}: "${f.source}" is not translated as ${f.expected.map((e) => `"${e}"`).join(' or ')}\n`
        : `block ${f.block}: "${f.term}" must not be used for "${f.source}"\n`,
    );
  }
  return 0;
}
