import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/model/index.ts';
import { exportTmFile } from '../../host/tm/export-tm.ts';
import { importTmFile } from '../../host/tm/import-tm.ts';
import { TmStore } from '../../host/tm/tm-store.ts';
import { readArgumentFile } from '../arguments.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** Help text of `duizhao tm`. */
export const TM_HELP = `Usage: duizhao tm import <tm> <file.tmx|.xlf|.tsv|.csv> [--json]
       duizhao tm lookup <tm> (<text> | --file <queries.txt>) [--limit N] [--min S] [--json]
       duizhao tm concordance <tm> <text> [--side source|target] [--limit N] [--json]
       duizhao tm export <tm> --out <file.tmx>

<tm> is a Duizhao TM file (.duizhao-tm; a project's working TM sits beside it as
<project>.working.duizhao-tm). import creates the TM (zh-CN → en) when it is missing and adds
the file's units in one transaction; a file in another language pair is refused.
  --json      import: {"added","skipped"}; lookup: {"results":[{"matches":[{"source","target","score"}]}]}
              (one result per query line, best first); concordance: {"total","hits":[{"source","target"}]}
  --limit N   matches per query (default 5) or concordance hits (default 50)
  --min S     lowest fuzzy score returned (default 50)
  -h, --help  show this help
`;

function withTm<T>(path: string, create: boolean, work: (store: TmStore) => T): T {
  const store = TmStore.open(resolve(path), { create });
  try {
    return work(store);
  } finally {
    store.close();
  }
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw usageError(`${name} must be a whole number.`);
  return n;
}

/** `duizhao tm import|lookup|concordance|export`: returns the exit code. */
export async function runTm(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      file: { type: 'string' },
      limit: { type: 'string' },
      min: { type: 'string' },
      side: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.stdout(TM_HELP), 0;
  const [action, tm, ...rest] = positionals;
  if (!tm) throw usageError('tm needs an action (import, lookup, concordance, export) and a <tm> file.');

  if (action === 'import') {
    const [file, ...extra] = rest;
    if (!file || extra.length) throw usageError('tm import takes <tm> <file>.');
    const { name, bytes } = readArgumentFile(file);
    const store = TmStore.open(resolve(tm), { create: true });
    try {
      let shown = -100;
      const summary = await importTmFile(store, name, bytes, { now: new Date().toISOString(), user: process.env.USER ?? 'duizhao' }, (permille) => {
        if (!values.json && permille - shown >= 100) {
          shown = permille;
          io.stderr(`importing… ${Math.floor(permille / 10)}%\n`);
        }
      });
      io.stdout(values.json ? `${JSON.stringify(summary)}\n` : `added ${summary.added}, skipped ${summary.skipped}\n`);
    } finally {
      store.close();
    }
    return 0;
  }

  if (!existsSync(resolve(tm))) throw new AppError('tm:errors.tmNotFound', { path: resolve(tm) });

  if (action === 'lookup') {
    const limit = positiveInt(values.limit, '--limit', 5);
    const min = positiveInt(values.min, '--min', 50);
    let queries: string[];
    if (values.file) {
      if (rest.length) throw usageError('tm lookup takes either <text> or --file, not both.');
      let text: string;
      try {
        text = readFileSync(resolve(values.file), 'utf8');
      } catch {
        throw new AppError('host:errors.fileNotFound', { path: resolve(values.file) });
      }
      queries = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
      if (queries[queries.length - 1] === '') queries.pop();
    } else {
      if (rest.length !== 1) throw usageError('tm lookup takes <tm> <text> or <tm> --file <queries.txt>.');
      queries = [rest[0]!];
    }
    const results = withTm(tm, false, (store) =>
      queries.map((source) => ({ matches: store.lookup({ source }, { limit, min }).map((h) => ({ source: h.source, target: h.adapted?.target ?? h.target, score: h.score })) })),
    );
    if (values.json) io.stdout(`${JSON.stringify({ results })}\n`);
    else for (const [k, r] of results.entries()) {
      io.stdout(`${queries[k]}\n`);
      for (const m of r.matches) io.stdout(`  ${m.score}\t${m.source}\t${m.target}\n`);
    }
    return 0;
  }

  if (action === 'concordance') {
    if (rest.length !== 1) throw usageError('tm concordance takes <tm> <text>.');
    const side = values.side ?? 'source';
    if (side !== 'source' && side !== 'target') throw usageError('--side must be source or target.');
    const limit = positiveInt(values.limit, '--limit', 50);
    const result = withTm(tm, false, (store) => {
      const found = store.concordance(rest[0]!, side, limit);
      return { total: found.total, hits: store.rows(found.ids).map((r) => ({ source: r.source, target: r.target })) };
    });
    if (values.json) io.stdout(`${JSON.stringify(result)}\n`);
    else {
      io.stdout(`${result.total} hits\n`);
      for (const h of result.hits) io.stdout(`  ${h.source}\t${h.target}\n`);
    }
    return 0;
  }

  if (action === 'export') {
    if (!values.out || rest.length) throw usageError('tm export takes <tm> --out <file.tmx>.');
    const out = resolve(values.out);
    if (existsSync(out)) throw new AppError('tm:errors.outputExists', { path: out });
    const count = withTm(tm, false, (store) => exportTmFile(store, out));
    if (!values.json) io.stdout(`wrote ${count} units to ${out}\n`);
    else io.stdout(`${JSON.stringify({ units: count, path: out })}\n`);
    return 0;
  }

  throw usageError('tm needs an action: import, lookup, concordance or export.');
}
