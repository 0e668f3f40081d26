/**
 * Aligner benchmark: `node bench/align.bench.ts`.
 * Quality: strict bead F1 (a bead counts only when it matches the reference exactly, null beads
 * included) on every set in bench/data/align (dev = tuned on, heldout = never tuned on), for
 * Duizhao's aligner and for a plain length-based Gale–Church run in the same process.
 * Speed: a synthetic pair of N Chinese sentences built by repeating the evaluation sentences
 * (their reference beads tell us what the English side is) at two sizes, against Gale–Church
 * on the same input; the memory row is the growth of peak RSS, to show it stays linear.
 */
import { galeChurch, alignSegments } from '../src/core/align/index.ts';
import { loadZhToolkit } from '../src/host/zh/index.ts';
import { evaluate, loadSets } from './align/sets.ts';

const t0 = performance.now();
const toolkit = await loadZhToolkit();
toolkit.segment('预热'); // jieba builds its dictionary on the first cut
const loadMs = performance.now() - t0;

const f = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(3));
console.log('| set | split | genre | level | beads | Duizhao F1 | Gale–Church F1 | confidence right / wrong |');
console.log('|---|---|---|---|---|---|---|---|');
for (const set of loadSets()) {
  const { ours, baseline } = evaluate(set, toolkit);
  if (ours.splitMismatch) console.log(`| ${set.id} | ${set.split} | — | — | — | sentence splitter no longer reproduces the reference sentences | — |`);
  if (ours.paragraph && baseline.paragraph) {
    console.log(`| ${set.id} | ${set.split} | ${set.genre} | paragraph | ${ours.paragraph.reference} | ${f(ours.paragraph.f1)} | ${f(baseline.paragraph.f1)} | |`);
  }
  const c = ours.confidence;
  const conf = c ? `${f(c.right)} / ${Number.isNaN(c.wrong) ? '—' : f(c.wrong)}` : '';
  console.log(`| ${set.id} | ${set.split} | ${set.genre} | sentence | ${ours.sentence.reference} | ${f(ours.sentence.f1)} | ${f(baseline.sentence.f1)} | ${conf} |`);
}

// A long pair from the evaluation beads, repeated: realistic sentences, real 1-2/2-1 beads.
function syntheticPair(target: number): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  const units: { zh: string[]; en: string[] }[] = [];
  for (const set of loadSets()) {
    const zs = set.zhSentences ?? set.zh;
    const es = set.enSentences ?? set.en;
    for (const bead of set.sentences) units.push({ zh: bead.zh.map((k) => zs[k] ?? ''), en: bead.en.map((k) => es[k] ?? '') });
  }
  for (let k = 0; zh.length < target; k++) {
    const unit = units[k % units.length];
    if (!unit) break;
    zh.push(...unit.zh);
    en.push(...unit.en);
  }
  return { zh, en };
}

console.log(`\nCC-CEDICT + jieba load (once per process): ${loadMs.toFixed(0)} ms\n`);
console.log('| Chinese sentences | English sentences | Duizhao wall (CPU) | Gale–Church wall (CPU) | ratio (CPU) | peak RSS growth |');
console.log('|---|---|---|---|---|---|');
// CPU time is printed beside wall time: on a shared machine wall time also counts other processes.
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
for (const size of [2_500, 5_000]) {
  const { zh, en } = syntheticPair(size);
  globalThis.gc?.();
  const rssBefore = process.resourceUsage().maxRSS;
  const a = performance.now();
  const aCpu = process.cpuUsage();
  const beads = alignSegments(zh, en, toolkit);
  const ours = performance.now() - a;
  const oursCpu = cpuSeconds(aCpu);
  const rssAfter = process.resourceUsage().maxRSS;
  const b = performance.now();
  const bCpu = process.cpuUsage();
  galeChurch(zh, en);
  const gc = performance.now() - b;
  const gcCpu = cpuSeconds(bCpu);
  if (beads.length === 0) throw new Error('no beads');
  console.log(
    `| ${zh.length} | ${en.length} | ${(ours / 1000).toFixed(2)} s (${oursCpu.toFixed(2)} s) | ${(gc / 1000).toFixed(2)} s (${gcCpu.toFixed(2)} s) | ${(oursCpu / gcCpu).toFixed(1)}× | ${((rssAfter - rssBefore) / 1024).toFixed(0)} MB |`,
  );
}
console.log('\nGoal: 5,000 sentences in ≤ 10 s; memory linear (the band has a fixed width, so cells grow with n).');
