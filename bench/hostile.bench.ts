// Hostile-input bench: `node bench/hostile.bench.ts [ci|full] [name filter]` (Node 22 strips the
// types). Runs every generated hostile case (src/host/testing/hostile/cases.ts) at the sizes
// from issue #19 through the real `duizhao` command, one child process each, and prints a table
// with each case's CPU time and peak RSS against the budget (5 s, 1 GB). Exits 1 when a case
// fails. The CI-sized subset also runs inside `npm test` (src/cli/hostile/hostile.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_CASES, type HostileScale } from '../src/host/testing/hostile/cases.ts';
import { hostileTable, runHostileCase, type HostileOutcome } from '../src/cli/testing/run-hostile.ts';

const scale = (process.argv[2] === 'ci' ? 'ci' : 'full') as HostileScale;
const filter = process.argv[3];
const dir = mkdtempSync(join(tmpdir(), 'duizhao-hostile-bench-'));
const outcomes: HostileOutcome[] = [];
try {
  for (const c of HOSTILE_CASES.filter((x) => (scale === 'full' || x.ci) && (!filter || x.name.includes(filter)))) {
    outcomes.push(await runHostileCase(c, scale, dir));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(hostileTable(outcomes));
const failed = outcomes.filter((o) => o.problems.length > 0);
console.log(`\n${outcomes.length - failed.length} of ${outcomes.length} cases within budget (${scale} sizes).`);
if (failed.length) process.exitCode = 1;
