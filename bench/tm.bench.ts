/**
 * Translation-memory benchmark: `node bench/tm.bench.ts`.
 * A 100,000-unit TM of generated Chinese policy-report sentences (core/tm/generate.ts, seeded):
 * TMX import time and peak memory (each import in its own child process, so maxRSS is the
 * import's own), open + index build, lookup p50/p95 against a brute-force scan computing the same
 * Myers edit distance over every unit and one with the textbook table (both measured in the same run), concordance p95 for 1-, 2- and
 * 4-character queries, and file size per unit. Every figure is the median of 3 rounds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePairs } from '../src/core/tm/generate.ts';
import { writeTmx } from '../src/core/tm/tmx-write.ts';
import { compilePattern, myersDistance, fuzzyScore, tableDistance } from '../src/core/tm/index.ts';
import { foldForMatch } from '../src/core/text/match-fold.ts';
import { seededRandom } from '../src/core/text/random.ts';
import { TmStore } from '../src/host/tm/tm-store.ts';

const UNITS = 100_000;
const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'duizhao-tm-bench-'));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

try {
  const pairs = generatePairs(UNITS, 2026);
  const tmxPath = join(dir, 'big.tmx');
  const chunks: string[] = [];
  writeTmx(pairs.map((p) => ({ ...p, sourceTags: [], targetTags: [] })), 'zh-CN', 'en', (c) => chunks.push(c));
  writeFileSync(tmxPath, chunks.join(''));
  const tmxMb = statSync(tmxPath).size / 1e6;

  // Import: a fresh TM per round, in a child process (time inside the child, peak RSS from the OS).
  const importModule = fileURLToPath(new URL('../src/host/tm/import-tm.ts', import.meta.url));
  const storeModule = fileURLToPath(new URL('../src/host/tm/tm-store.ts', import.meta.url));
  const imports: { ms: number; rssMb: number; added: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const tm = join(dir, `r${r}.duizhao-tm`);
    const script = `import { TmStore } from ${JSON.stringify(storeModule)};
      import { importTmFile } from ${JSON.stringify(importModule)};
      import { readFileSync } from 'node:fs';
      const t = performance.now();
      const store = TmStore.open(${JSON.stringify(tm)}, { create: true });
      const s = await importTmFile(store, 'big.tmx', new Uint8Array(readFileSync(${JSON.stringify(tmxPath)})), { now: new Date().toISOString(), user: 'bench' });
      store.close();
      console.log(JSON.stringify({ ms: performance.now() - t, rssMb: process.resourceUsage().maxRSS / 1024, added: s.added }));`;
    const child = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    imports.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; rssMb: number; added: number });
  }
  const tmPath = join(dir, 'r0.duizhao-tm');
  const fileBytes = statSync(tmPath).size;

  // Open + build the in-memory index (what the first lookup after opening a project pays).
  const openTimes: number[] = [];
  let store: TmStore | null = null;
  for (let r = 0; r < ROUNDS; r++) {
    store?.close();
    const t = performance.now();
    store = TmStore.open(tmPath);
    store.searchIndex();
    openTimes.push(performance.now() - t);
  }
  const openCpu = (() => {
    store!.close();
    const c = process.cpuUsage();
    const s = TmStore.open(tmPath);
    s.searchIndex();
    const used = process.cpuUsage(c);
    return { store: s, ms: (used.user + used.system) / 1000 };
  })();
  const tm = openCpu.store;
  const heapMb = (globalThis.gc?.(), process.memoryUsage().heapUsed / 1e6);

  // Queries: exact, one number changed, a few characters edited, unrelated.
  const random = seededRandom(7);
  const queries: string[] = [];
  for (let k = 0; k < 200; k++) {
    const s = pairs[Math.floor(random() * UNITS)]!.source;
    const kind = k % 4;
    if (kind === 0) queries.push(s);
    else if (kind === 1) queries.push(s.replace(/\d+/, (d) => String(Number(d) + 3)));
    else if (kind === 2) queries.push(s.slice(0, 5) + '全面' + s.slice(7));
    else queries.push('他在图书馆里读了一本关于宋代诗歌的书，' + s.slice(-6));
  }
  const lookupP50: number[] = [];
  const lookupP95: number[] = [];
  const cpuP95: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const cpu: number[] = [];
    const times = queries.map((q) => {
      const c = process.cpuUsage();
      const t = performance.now();
      tm.lookup({ source: q }, { limit: 5, min: 50 });
      const wall = performance.now() - t;
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      return wall;
    });
    lookupP50.push(pct(times, 0.5));
    lookupP95.push(pct(times, 0.95));
    cpuP95.push(pct(cpu, 0.95));
  }
  // Brute force: the same Myers distance against every unit (20 queries per round: it is slow).
  const folded = pairs.map((p) => foldForMatch(p.source));
  const bruteP50: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const times = queries.slice(0, 20).map((q) => {
      const t = performance.now();
      const f = foldForMatch(q);
      const pattern = compilePattern(f);
      let best = 0;
      for (const u of folded) best = Math.max(best, fuzzyScore(myersDistance(pattern, u), f.length, u.length));
      if (best < 0) throw new Error('unreachable');
      return performance.now() - t;
    });
    bruteP50.push(pct(times, 0.5));
  }
  // Brute force with the textbook dynamic-programming table (what a TM without Myers would do).
  const tableP50: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const times = queries.slice(0, 5).map((q) => {
      const t = performance.now();
      const f = foldForMatch(q);
      let best = 0;
      for (const u of folded) best = Math.max(best, fuzzyScore(tableDistance(f, u), f.length, u.length));
      if (best < 0) throw new Error('unreachable');
      return performance.now() - t;
    });
    tableP50.push(pct(times, 0.5));
  }

  // Concordance: ids from the index plus the first 50 rows from SQLite, as the panel asks.
  const conc = (length: number): { p95: number; cpu95: number; hits: number } => {
    const qs: string[] = [];
    for (let k = 0; k < 60; k++) {
      const s = folded[Math.floor(random() * UNITS)]!.replace(/[\d，。、]/g, '');
      const at = Math.floor(random() * Math.max(1, s.length - length));
      qs.push(s.slice(at, at + length));
    }
    const p95s: number[] = [];
    const cpu95s: number[] = [];
    let hits = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const cpu: number[] = [];
      const times = qs.map((q) => {
        const c = process.cpuUsage();
        const t = performance.now();
        const found = tm.concordance(q, 'source', 50);
        tm.rows(found.ids);
        hits += found.total;
        const wall = performance.now() - t;
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
        return wall;
      });
      p95s.push(pct(times, 0.95));
      cpu95s.push(pct(cpu, 0.95));
    }
    return { p95: median(p95s), cpu95: median(cpu95s), hits: Math.round(hits / (ROUNDS * qs.length)) };
  };
  const c1 = conc(1);
  const c2 = conc(2);
  const c4 = conc(4);
  const tTarget = performance.now();
  tm.concordance('poverty', 'target');
  const targetBuild = performance.now() - tTarget;
  tm.close();

  const lp50 = median(lookupP50);
  const lp95 = median(lookupP95);
  const bp50 = median(bruteP50);
  const rows: [string, string, string][] = [
    ['TMX import, 100,000 units', ms(median(imports.map((i) => i.ms))), `${tmxMb.toFixed(1)} MB TMX, ${imports[0]!.added} units added`],
    ['import peak memory (maxRSS)', `${median(imports.map((i) => i.rssMb)).toFixed(0)} MB`, 'child process running the import'],
    ['open + build index', ms(median(openTimes)), `CPU ${ms(openCpu.ms)}; JS heap after: ${heapMb.toFixed(0)} MB`],
    ['lookup p50', ms(lp50), `goal: ≥ 100× faster than brute force over all units`],
    ['brute force (DP table) p50', ms(median(tableP50)), `${(median(tableP50) / lp50).toFixed(0)}× the lookup p50`],
    ['brute force (Myers scan) p50', ms(bp50), `${(bp50 / lp50).toFixed(0)}× the lookup p50 (the same verifier run on every unit)`],
    ['lookup p95', ms(lp95), `goal ≤ 20 ms; CPU time p95 ${ms(median(cpuP95))} (wall time includes waiting for a shared core)`],
    ['concordance 1 char p95', ms(c1.p95), `CPU ${ms(c1.cpu95)}; ~${c1.hits} hits per query, 50 rows read (goal ≤ 50 ms)`],
    ['concordance 2 chars p95', ms(c2.p95), `CPU ${ms(c2.cpu95)}; ~${c2.hits} hits per query, 50 rows read (goal ≤ 50 ms)`],
    ['concordance 4 chars p95', ms(c4.p95), `CPU ${ms(c4.cpu95)}; ~${c4.hits} hits per query, 50 rows read (goal ≤ 50 ms)`],
    ['target-side index, first use', ms(targetBuild), 'built lazily on the first target search'],
    ['TM file size', `${(fileBytes / UNITS).toFixed(0)} B/unit`, `${(fileBytes / 1e6).toFixed(1)} MB total (no postings stored)`],
  ];
  console.log('| measure | median of 3 | notes |\n|---|---|---|');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
