// `npm run bench`: runs every bench/*.bench.ts (Node 22 strips the types) one after another, so
// they do not compete for the two cores, and prints each one's table. A benchmark prints its
// figures beside a baseline measured in the same run, so results are comparable across machines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const result = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--expose-gc', `bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (failed) {
  console.error(`${failed} benchmark(s) failed`);
  process.exit(1);
}
