import { parseArgs } from 'node:util';
import { AppError } from '../../core/model/index.ts';
import { parseTsv } from '../../core/interchange/index.ts';
import { QA_CHECKS, checkUnits, isQaCheck, prepareGlossary, type QaCheck, type QaDetail, type QaUnit } from '../../core/qa/index.ts';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import { glossaryStoreOf } from '../../host/glossary/index.ts';
import { parseTranslationFile } from '../../host/export/import-translations.ts';
import { decodeText } from '../../host/import/decode.ts';
import { readArgumentFile, withProject } from '../arguments.ts';
import { cliLanguage, translate, type CliLanguage } from '../messages.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';
import { readGlossaryArgument } from './terms.ts';

/** Help text of `duizhao qa`. */
export const QA_HELP = `Usage: duizhao qa <project.duizhao | file.tmx | file.xlf | file.xliff | file.tsv>
                 [--glossary <file.tbx|.csv|.tsv>] [--checks a,b] [--fail] [--json]

Runs the quality checks on every unit: ${QA_CHECKS.join(', ')}.
A project uses its own glossary unless --glossary names one; a file is checked with the given
glossary only (without one, term-missing and forbidden-term do not run).

  --glossary <file>  a TBX, CSV or TSV glossary
  --checks a,b       run only these checks
  --fail             exit 1 when anything is found (for scripts and CI); otherwise exit 0
  --json             print {"findings":[{"unit","check","detail"}]}; unit is the block id of a
                     project, the tuid (TMX), the trans-unit/unit id (XLIFF), the row id (TSV)
  -h, --help         show this help
`;

/** One finding as printed. */
export interface CliQaFinding {
  readonly unit: string;
  readonly check: QaCheck;
  readonly detail: string;
}

/** Parses `--checks a,b`; AppError `qa:errors.unknownCheck` names a wrong one. */
export function parseChecks(list: string | undefined): ReadonlySet<QaCheck> | undefined {
  if (list === undefined) return undefined;
  const names = list.split(',').map((n) => n.trim()).filter((n) => n !== '');
  for (const name of names) if (!isQaCheck(name)) throw new AppError('qa:errors.unknownCheck', { name, checks: QA_CHECKS.join(', ') });
  return new Set(names as QaCheck[]);
}

/** The detail in the CLI's language, with i18next's plural suffix chosen from `count`. */
export function renderDetail(detail: QaDetail, language: CliLanguage): string {
  const count = detail.params.count;
  if (typeof count === 'number') {
    const suffixed = `${detail.key}_${count === 1 && language === 'en' ? 'one' : 'other'}`;
    const text = translate(suffixed, detail.params, language);
    if (text !== suffixed && !text.startsWith(`${suffixed} `)) return text;
  }
  return translate(detail.key, detail.params, language);
}

/** The units (and the project's glossary) of the file to check. */
function readUnits(file: string): { units: QaUnit[]; glossary: GlossaryEntry[] | null } {
  if (file.toLowerCase().endsWith('.duizhao')) {
    return withProject(file, (store) => ({
      units: store.documents().flatMap((d) => store.listBlocks(d.id)).map((b) => ({ id: String(b.id), source: b.source, target: b.target })),
      glossary: glossaryStoreOf(store).list(),
    }));
  }
  const { name, bytes } = readArgumentFile(file);
  const lower = name.toLowerCase();
  let parsed;
  if (lower.endsWith('.tsv')) parsed = parseTsv(decodeText(name, bytes).text);
  else if (/\.(tmx|xlf|xliff)$/.test(lower)) parsed = parseTranslationFile(name, bytes);
  else throw new AppError('qa:errors.unsupportedFile', { name });
  return { units: parsed.units.map((u, k) => ({ id: u.unitId ?? String(k + 1), source: u.source, target: u.target })), glossary: null };
}

/** `duizhao qa`: exit 0 whatever it finds, or 1 with --fail when it finds anything. */
export async function runQa(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      glossary: { type: 'string' },
      checks: { type: 'string' },
      fail: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.stdout(QA_HELP), 0;
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw usageError('qa takes exactly one <project.duizhao | file.tmx | file.xlf | file.xliff | file.tsv>.');
  const checks = parseChecks(values.checks);
  const fileGlossary = values.glossary ? readGlossaryArgument(values.glossary) : null;
  const { units, glossary } = readUnits(file);
  const entries = fileGlossary ?? glossary;
  const language = cliLanguage(env);
  const findings: CliQaFinding[] = checkUnits(units, { glossary: entries ? prepareGlossary(entries) : null, ...(checks ? { checks } : {}) }).map((f) => ({
    unit: f.unit,
    check: f.check,
    detail: renderDetail(f.detail, language),
  }));
  if (values.json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  else {
    io.stdout(`${findings.length} findings in ${units.length} units\n`);
    for (const f of findings) io.stdout(`${f.unit}\t${f.check}\t${f.detail}\n`);
  }
  return values.fail && findings.length > 0 ? 1 : 0;
}
