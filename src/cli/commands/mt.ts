import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/model/index.ts';
import { isMtProviderId } from '../../core/mt/index.ts';
import { blockUnits, keyFromEnvironment, MtStore, pretranslate, resolveEndpoint, resolveSettings, type MtSettingsInput } from '../../host/mt/index.ts';
import { ProjectStore } from '../../host/storage/project-store.ts';
import { withProject } from '../arguments.ts';
import { cliLanguage, translate } from '../messages.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao mt`. */
export const MT_HELP = `Usage: duizhao mt pretranslate <project.duizhao> --provider openai-compatible|deepl [--base-url <url>]
                 [--model <m>] [--api-key-env <VAR>] [--concurrency N] [--style-notes <text>] [--save] [--json]
       duizhao mt settings <project.duizhao> [same options as above] [--json]

pretranslate fills EMPTY, never-edited, unconfirmed paragraphs with machine translation as drafts
marked MT. Rows someone typed into, edited or confirmed are never touched. Each request carries the
row's Chinese, its neighbours as context, the glossary terms found in it (approved and forbidden
renderings; a DeepL glossary where the pair allows) and the project's style notes. Answers are
checked (not empty, no Chinese left) and cached in the project: a second run sends no request for
rows already translated with the same source, terms, style, provider and model.

  --provider       openai-compatible (OpenAI, DeepSeek, Qwen, Ollama, llama.cpp, vLLM, LM Studio) or deepl
  --base-url       API root: https://api.openai.com/v1, http://127.0.0.1:11434/v1 …; for DeepL
                   https://api-free.deepl.com or https://api.deepl.com (default: chosen by the key)
  --model          chat model (openai-compatible) or DeepL model_type (optional)
  --api-key-env    NAME of the environment variable holding the key (the key itself is never
                   stored, printed or logged); local servers need none
  --concurrency    requests at once, 1–32 (default 4)
  --style-notes    house style sent with every request (saved in the project with --save)
  --save           also save these settings in the project (the variable name, never the key)
  --json           pretranslate: print {"translated","skipped","failed","cached","requests","findings","failures"}
                   settings: print the saved settings
  -h, --help       show this help

Saved settings are used for any option not given. Exit code 2 when a bad key, a used-up quota or an
unreachable server stopped the run (rows already filled stay filled).
`;

const OPTIONS = {
  provider: { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  'api-key-env': { type: 'string' },
  concurrency: { type: 'string' },
  'style-notes': { type: 'string' },
  save: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

function settingsInput(values: Values): MtSettingsInput {
  if (values.provider !== undefined && !isMtProviderId(values.provider)) throw usageError('--provider must be openai-compatible or deepl.');
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !Number.isInteger(concurrency)) throw usageError('--concurrency takes a whole number from 1 to 32.');
  const input: Record<string, unknown> = {
    provider: values.provider,
    baseUrl: values['base-url'],
    model: values.model,
    apiKeyEnv: values['api-key-env'],
    concurrency,
    styleNotes: values['style-notes'],
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as MtSettingsInput;
}

/** `duizhao mt`: returns the exit code. */
export async function runMt(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) return io.stdout(MT_HELP), 0;
  const [action, project, ...extra] = positionals;
  if (action !== 'pretranslate' && action !== 'settings') throw usageError('mt has two actions: pretranslate and settings.');
  if (!project || extra.length) throw usageError(`mt ${action} takes exactly one <project.duizhao>.`);
  const input = settingsInput(values);

  if (action === 'settings') {
    const settings = withProject(project, (store) => {
      const mt = new MtStore(store);
      if (Object.keys(input).length === 0) return mt.settings();
      const resolved = resolveSettings(input, mt.settings());
      mt.saveSettings(resolved, Date.now());
      return resolved;
    });
    io.stdout(values.json ? `${JSON.stringify(settings ?? null, null, 2)}\n` : settings ? `${Object.entries(settings).map(([k, v]) => `${k}: ${v}`).join('\n')}\n` : 'no MT settings\n');
    return 0;
  }

  // Async work holds the project open (and locked) for the whole run, closed in every case.
  const store = ProjectStore.open(resolve(project));
  try {
    const mt = new MtStore(store);
    const settings = resolveSettings(input, mt.settings());
    const target = resolveEndpoint(settings, keyFromEnvironment(settings, env));
    if (values.save) mt.saveSettings(settings, Date.now());
    const report = await pretranslate(store, mt, blockUnits(store, mt), { target, styleNotes: settings.styleNotes, concurrency: settings.concurrency });
    const language = cliLanguage(env);
    const failures = report.failures.map((f) => ({ unit: f.unit, code: f.error.code, message: translate(f.error.code, f.error.details, language) }));
    if (values.json) {
      const { translated, skipped, failed, cached, requests, findings } = report;
      io.stdout(`${JSON.stringify({ translated, skipped, failed, cached, requests, findings, failures }, null, 2)}\n`);
    } else {
      io.stdout(`translated: ${report.translated}\nskipped: ${report.skipped}\nfailed: ${report.failed}\ncached: ${report.cached}\nrequests: ${report.requests}\nterm findings: ${report.findings}\n`);
      for (const f of failures) io.stdout(`  ${f.unit}: ${f.message}\n`);
    }
    if (report.error) throw new AppError(report.error.code, { ...report.error.details });
    return 0;
  } finally {
    store.close();
  }
}
