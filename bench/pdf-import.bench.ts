/**
 * PDF import speed against poppler's `pdftotext -layout` on the same file, in the same run.
 * Run: `node bench/pdf-import.bench.ts`. Needs LibreOffice Writer (libreoffice-writer-nogui),
 * poppler-utils and fonts-noto-cjk. The 200-page two-column PDF is generated once through the
 * .fodt route and cached in the OS temp folder. Goal: importPdf within 2× of pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fodtToPdf, longDocument } from '../src/host/import/pdf/fixtures/generate.ts';
import { toFodt } from '../src/host/import/pdf/fixtures/fodt.ts';
import { importPdf } from '../src/host/import/pdf/import-pdf.ts';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdfjs text extraction alone on one thread (no operator list, no layout): what a single-threaded importPdf cannot beat. */
async function pdfjsTextOnly(bytes: Uint8Array): Promise<void> {
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: path.join(PDFJS_DIR, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(PDFJS_DIR, 'standard_fonts') + path.sep,
    verbosity: 0,
  });
  const doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  await task.destroy();
}

const LONG_PDF = path.join(tmpdir(), 'duizhao-bench-two-column-v2.pdf');
const FIXTURE = fileURLToPath(new URL('../src/host/import/pdf/fixtures/zh-two-column.pdf', import.meta.url));
const RUNS = 3;

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

function ensureLongPdf(): string {
  if (!existsSync(LONG_PDF)) {
    const started = performance.now();
    writeFileSync(LONG_PDF, fodtToPdf(toFodt(longDocument(29, 70)), 'bench'));
    console.error(`generated ${LONG_PDF} in ${Math.round(performance.now() - started)} ms`);
  }
  return LONG_PDF;
}

/** Best of `RUNS` wall-clock times, in ms; `first` is the first run's. */
async function timed(run: () => unknown): Promise<{ best: number; first: number }> {
  let fastest = Infinity;
  let first = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    const ms = performance.now() - started;
    if (i === 0) first = ms;
    fastest = Math.min(fastest, ms);
  }
  return { best: fastest, first };
}

async function best(run: () => unknown): Promise<number> {
  return (await timed(run)).best;
}

// The goal (issue 3) is stated for a 200-page document; on a 4-page file fixed start-up costs
// (loading pdf.js, fonts) dominate, so that row is shown for reference without a goal.
const cases = [
  { name: 'generated two-column', file: ensureLongPdf(), goal: true },
  { name: 'fixture zh-two-column', file: FIXTURE, goal: false },
];

console.log('| case | time (ms) | baseline pdftotext (ms) | ratio | goal ≤ 2× |');
console.log('|---|---:|---:|---:|---|');
for (const c of cases) {
  const bytes = new Uint8Array(readFileSync(c.file));
  const pages = pageCount(c.file);
  // Long documents are read by the calling thread plus pooled worker threads; the first run also
  // starts the workers (kept for the next import), the best run reuses them.
  const ours = await timed(() => importPdf(bytes, { timeoutMs: 60_000 }));
  const baseline = await best(() => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', c.file, '-'], { maxBuffer: 1 << 28 }));
  const ratio = ours.best / baseline;
  console.log(`| ${c.name} (${pages} pages) | ${ours.best.toFixed(0)} | ${baseline.toFixed(0)} | ${ratio.toFixed(2)} | ${c.goal ? (ratio <= 2 ? 'met' : 'missed') : '— (start-up dominated)'} |`);
  console.log(`| ${c.name}: first import in the process (cold) | ${ours.first.toFixed(0)} | ${baseline.toFixed(0)} | ${(ours.first / baseline).toFixed(2)} | — |`);
  const single = await best(() => importPdf(bytes, { timeoutMs: 60_000, parallel: { workers: 0 } }));
  console.log(`| ${c.name}: one thread (no workers) | ${single.toFixed(0)} | ${baseline.toFixed(0)} | ${(single / baseline).toFixed(2)} | — |`);
  const floor = await best(() => pdfjsTextOnly(bytes));
  console.log(`| ${c.name}: pdfjs getTextContent only, one thread (reference) | ${floor.toFixed(0)} | ${baseline.toFixed(0)} | ${(floor / baseline).toFixed(2)} | — |`);
}
