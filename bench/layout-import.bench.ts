// Layout-text import benchmark: `node bench/layout-import.bench.ts` (Node 22 strips the types).
// Imports the Linxi spread sample repeatedly and compares with a trivial pass over the same text
// measured in the same run, so the ratio is meaningful across machines.
import { readFileSync } from 'node:fs';
import { importLayoutText } from '../src/core/import/layout/index.ts';

const text = readFileSync(new URL('../src/core/samples/linxi-spread.layout.txt', import.meta.url), 'utf8');
const big = Array.from({ length: 20 }, () => text).join('\f');

function timePerRun(runs: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

const baseline = (t: string) => () => t.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).length;

const rows = [
  { name: 'seed spread (2 pages, 4 columns)', input: text, runs: 200, goal: '< 5 ms per spread' },
  { name: 'seed × 20 sheets (40 pages)', input: big, runs: 10, goal: '< 100 ms per 40 pages' },
].map((c) => {
  const ms = timePerRun(c.runs, () => importLayoutText(c.input));
  const base = timePerRun(c.runs * 10, baseline(c.input));
  return `| ${c.name} | ${ms.toFixed(3)} | ${base.toFixed(4)} | ${(ms / base).toFixed(0)}× | ${c.goal} |`;
});

console.log('| case | time per run (ms) | baseline (ms) | ratio | goal |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
