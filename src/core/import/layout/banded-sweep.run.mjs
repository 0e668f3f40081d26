// Runs the banded sweep: `node src/core/import/layout/banded-sweep.run.mjs [filter]` (Node 22 strips
// the types). Prints one line per case; an optional argument keeps only cases whose label contains it.
// Plain JavaScript, so the core type check (no Node globals) does not see it.
import { bandedSweepCases, formatSweep, runSweepCase, sweepLabel } from './banded-sweep.ts';

const filter = process.argv[2] ?? '';
const results = bandedSweepCases()
  .filter((o) => sweepLabel(o).includes(filter))
  .map((o) => runSweepCase(o, () => performance.now()));
console.log(formatSweep(results));
