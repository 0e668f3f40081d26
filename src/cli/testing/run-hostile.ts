/**
 * Runs hostile inputs (src/host/testing/hostile) through the real `duizhao` command, one child
 * process per case, under a time and memory budget, and judges each answer: done or refused
 * with a clear message, never "Internal error", never a crash or a kill, and a refused input
 * leaves the project byte-identical. Used by the CI subset (hostile.test.ts) and the bench.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase, HostileScale } from '../../host/testing/hostile/cases.ts';
import { CLI_BIN } from './cli-runs.ts';

/** The budget per case from issue #19. */
export const HOSTILE_BUDGET = { ms: 5_000, rssMb: 1024 } as const;

/** How one case ended. */
export interface HostileOutcome {
  readonly name: string;
  readonly answer: 'done' | 'refused' | 'internal' | 'crashed' | 'killed';
  readonly ms: number;
  /** CPU seconds (user + system) of the CLI process; what the time budget is judged on, since wall time on a shared machine measures the neighbours. Null without /usr/bin/time. */
  readonly cpuMs: number | null;
  /** Peak resident set of the CLI process (MB), from /usr/bin/time; null where that is missing. */
  readonly rssMb: number | null;
  readonly inputMb: number;
  /** The first line the command wrote to stderr (the refusal message), trimmed. */
  readonly message: string;
  /** For project commands: whether the project file is byte-identical afterwards. */
  readonly projectUnchanged: boolean | null;
  /** Empty when the case passed; otherwise why not. */
  readonly problems: readonly string[];
}

const TIME = '/usr/bin/time';
const HARD_TIMEOUT_MS = 60_000;

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Creates the project every project command works on (a small imported text), once per directory. */
export function baseProject(dir: string): string {
  const path = join(dir, 'base.duizhao');
  if (existsSync(path)) return path;
  const source = join(dir, 'base.txt');
  writeFileSync(source, '林西县推进脱贫攻坚，成效显著。\n\n全县干部群众齐心协力。\n');
  const run = spawnSync(process.execPath, [CLI_BIN, 'import', source, '--out', path], { env: { ...process.env, LANG: 'C', LC_ALL: '', DUIZHAO_HOME: join(dir, 'home') } });
  if (run.status !== 0) throw new Error(`cannot create the base project: ${String(run.stderr)}`);
  return path;
}

function argsFor(c: HostileCase, file: string, project: string): string[] {
  switch (c.command) {
    case 'import':
      return ['import', file, '--json'];
    case 'glossary':
      return ['glossary', 'import', project, file, '--json'];
    case 'translations':
      return ['translations', 'import', project, file, '--json'];
    case 'annotations':
      return ['annotations', 'import', project, file, '--json'];
  }
}

/** Runs `node bin.mjs args` under /usr/bin/time; resolves with exit code, stderr, wall time and peak RSS. */
function runCli(args: string[], dir: string): Promise<{ code: number | null; signal: string | null; stderr: string; ms: number; cpuMs: number | null; rssMb: number | null }> {
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ['-f', '@@rss %M %U %S', process.execPath, CLI_BIN, ...args]] : [process.execPath, [CLI_BIN, ...args]];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, { env: { ...process.env, LANG: 'C', LC_ALL: '', DUIZHAO_HOME: join(dir, 'home') }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8').slice(0, 64 * 1024)));
    // Detached into its own process group, so the kill reaches node under /usr/bin/time too.
    const timer = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), HARD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      const match = /@@rss (\d+) ([\d.]+) ([\d.]+)\s*$/u.exec(stderr);
      const rssMb = match ? Number(match[1]) / 1024 : null;
      const cpuMs = match ? (Number(match[2]) + Number(match[3])) * 1000 : null;
      const text = stderr.replace(/@@rss [\d. ]+\s*$/u, '').replace(/^Command (exited with non-zero status|terminated by signal) .*$/mu, '');
      // /usr/bin/time reports a signal in its own line and exits 128+n; take the child's view.
      const signalled = /Command terminated by signal (\d+)/u.exec(stderr);
      resolve({ code: signalled ? null : code, signal: signalled ? `signal ${signalled[1]}` : signal, stderr: text.trim(), ms, cpuMs, rssMb });
    });
  });
}

/** Writes the case's input to `dir`, runs it through the CLI, and judges the answer. */
export async function runHostileCase(c: HostileCase, scale: HostileScale, dir: string): Promise<HostileOutcome> {
  const file = join(dir, c.fileName);
  const bytes = c.make(scale);
  writeFileSync(file, bytes);
  const project = join(dir, `case-${c.fileName}.duizhao`);
  if (c.command !== 'import') copyFileSync(baseProject(dir), project);
  const before = c.command === 'import' ? null : sha(project);
  let run;
  try {
    run = await runCli(argsFor(c, file, project), dir);
  } finally {
    rmSync(file, { force: true });
  }
  const unchanged = before === null ? null : sha(project) === before;
  rmSync(project, { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(`${project}${suffix}`, { force: true });
  const message = run.stderr.split('\n')[0]?.trim().slice(0, 160) ?? '';
  const answer: HostileOutcome['answer'] =
    run.code === 0 ? 'done' : run.code === null ? 'killed' : /internal error/iu.test(run.stderr) ? 'internal' : run.code === 2 && message.startsWith('duizhao: ') ? 'refused' : 'crashed';
  const problems: string[] = [];
  if (answer !== 'done' && answer !== 'refused') problems.push(`${answer}: ${message || run.signal || `exit ${run.code}`}`);
  if (c.expect !== 'either' && answer !== c.expect && problems.length === 0) problems.push(`expected ${c.expect}, got ${answer}: ${message}`);
  const spent = run.cpuMs ?? run.ms;
  if (spent > HOSTILE_BUDGET.ms) problems.push(`took ${Math.round(spent)} ms of CPU (budget ${HOSTILE_BUDGET.ms})`);
  if (run.rssMb !== null && run.rssMb > HOSTILE_BUDGET.rssMb) problems.push(`peak RSS ${Math.round(run.rssMb)} MB (budget ${HOSTILE_BUDGET.rssMb})`);
  if (answer !== 'done' && unchanged === false) problems.push('project changed by a refused input');
  return { name: c.name, answer, ms: run.ms, cpuMs: run.cpuMs, rssMb: run.rssMb, inputMb: bytes.length / 1024 / 1024, message, projectUnchanged: unchanged, problems };
}

/** A Markdown table of outcomes, one row per case. */
export function hostileTable(outcomes: readonly HostileOutcome[]): string {
  const rows = outcomes.map(
    (o) =>
      `| ${o.name} | ${o.inputMb.toFixed(1)} | ${o.answer} | ${o.cpuMs === null ? '?' : Math.round(o.cpuMs)} | ${Math.round(o.ms)} | ${o.rssMb === null ? '?' : Math.round(o.rssMb)} | ${o.projectUnchanged === null ? '–' : o.projectUnchanged ? 'yes' : 'NO'} | ${o.problems.length ? `FAIL: ${o.problems.join('; ')}` : 'ok'} | ${o.message.replace(/\|/gu, '\\|')} |`,
  );
  return [
    `| case | input MB | answer | CPU ms (≤ ${HOSTILE_BUDGET.ms}) | wall ms | peak RSS MB (≤ ${HOSTILE_BUDGET.rssMb}) | project unchanged | verdict | message |`,
    '| --- | ---: | --- | ---: | ---: | ---: | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
