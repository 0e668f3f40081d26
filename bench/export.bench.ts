/**
 * Export benchmark: `node bench/export.bench.ts` (Node 22 type stripping; `--expose-gc` makes
 * the memory columns steadier). Builds an 8,000-block project of about 1,000,000 characters and
 * times TMX (paragraph and sentence) and XLIFF 1.2/2.0 against a baseline measured in the same
 * run, JSON.stringify of the same project. Memory is the largest heapUsed/RSS growth across the
 * runs, read right before and right after each (synchronous) export with the output still
 * alive, after a GC when available: it shows what the export leaves allocated, not the
 * transient peak inside it, so treat it as indicative.
 * Prints a markdown table; ratios are relative to the baseline.
 */
import { exportTmx } from '../src/core/export/tmx.ts';
import { exportXliff12 } from '../src/core/export/xliff12.ts';
import { exportXliff20 } from '../src/core/export/xliff20.ts';
import type { ExportBlock, ExportProject } from '../src/core/export/model.ts';

const ZH = '林西县位于内蒙古自治区赤峰市西北部，历史悠久，文化灿烂。𠮷野家的“小店”开在县城里！';
const EN = 'Linxi County lies in the northwest of Chifeng, Inner Mongolia. It has a long history & rich "culture". ';

function buildProject(blocks: number): ExportProject {
  const documents = [];
  let id = 1;
  for (let d = 0; d < 40; d++) {
    const list: ExportBlock[] = [];
    for (let b = 0; b < blocks / 40; b++, id++) {
      const source = id % 8 === 0 ? ZH.repeat(2) : ZH;
      const target = id % 8 === 0 ? EN.repeat(2) : EN;
      list.push({
        id,
        kind: b === 0 ? 'heading' : 'body',
        status: id % 3 === 0 ? 'confirmed' : 'draft',
        source,
        target,
        notes: id % 10 === 0 ? ['注意 <术语> & 出处'] : [],
        annotations: id % 5 === 0 ? [{ id: `a${id}`, side: 'source', start: 0, end: 3, category: 'place', note: '地名' }] : [],
      });
    }
    documents.push({ id: d + 1, title: `文档 ${d + 1}`, blocks: list });
  }
  return { name: 'bench', sourceLang: 'zh-CN', targetLang: 'en', documents };
}

interface Row {
  readonly name: string;
  readonly ms: number;
  readonly heapMb: number;
  readonly rssMb: number;
  readonly outChars: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

function measure(name: string, run: () => string, repeats = 5): Row {
  run(); // warm-up
  const times: number[] = [];
  let heapPeak = 0;
  let rssPeak = 0;
  let outChars = 0;
  for (let r = 0; r < repeats; r++) {
    gc?.();
    const before = process.memoryUsage();
    const start = performance.now();
    const out = run();
    const ms = performance.now() - start;
    const after = process.memoryUsage();
    times.push(ms);
    heapPeak = Math.max(heapPeak, after.heapUsed - before.heapUsed);
    rssPeak = Math.max(rssPeak, after.rss - before.rss);
    outChars = out.length;
  }
  times.sort((a, b) => a - b);
  return { name, ms: times[Math.floor(times.length / 2)] ?? 0, heapMb: heapPeak / 2 ** 20, rssMb: rssPeak / 2 ** 20, outChars };
}

const project = buildProject(8000);
const chars = project.documents.reduce((n, d) => n + d.blocks.reduce((m, b) => m + b.source.length + b.target.length, 0), 0);
const rows = [
  measure('baseline: JSON.stringify', () => JSON.stringify(project)),
  measure('TMX paragraph', () => exportTmx(project)),
  measure('TMX sentence', () => exportTmx(project, { segmentation: 'sentence' })),
  measure('XLIFF 1.2', () => exportXliff12(project)),
  measure('XLIFF 2.0', () => exportXliff20(project)),
];
const base = rows[0]!;
console.log(`8,000 blocks, ${chars.toLocaleString('en')} characters (UTF-16 units); median of 5 runs${gc ? '' : ' (run with --expose-gc for steadier memory)'}\n`);
console.log('| export | median ms | × baseline | heap Δ MB | RSS Δ MB | output chars |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.ms.toFixed(1)} | ${(r.ms / base.ms).toFixed(2)} | ${r.heapMb.toFixed(1)} | ${r.rssMb.toFixed(1)} | ${r.outChars.toLocaleString('en')} |`);
}
