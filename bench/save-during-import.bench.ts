// Save latency during a big import: `node bench/save-during-import.bench.ts` (Node 22 strips the
// types). Starts the web host in this process, opens the sample, and times saveTarget round
// trips over HTTP, first with the host idle (the baseline), then while the host imports the
// slowest legitimate inputs we generate (a long PDF with its own text on every page, a 100,000-
// unit TMX as a text file). Imports run on a worker thread, so the goal is p95 ≤ 100 ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../src/host/workbench.ts';
import { pagedPdf, pdfStream } from '../src/host/testing/hostile/pdf-writer.ts';
import { startServer } from '../src/server/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'duizhao-save-bench-'));
const ui = join(dir, 'ui');
mkdirSync(ui);
writeFileSync(join(ui, 'index.html'), '<!doctype html><title>bench</title>');
const workbench = createWorkbench({ workspaceDir: join(dir, 'workspace') });
const server = await startServer({ workbench, uiDir: ui, port: 0 });
const origin = new URL(server.url).origin;

async function call(method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const envelope = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

const percentile = (values: number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? NaN;

const project = (await call('openSample', {})) as { documents: { id: number }[] };
const blocks = (await call('listBlocks', { documentId: project.documents[0]!.id })) as { id: number }[];
const blockId = blocks[0]!.id;
let n = 0;
async function timedSave(): Promise<number> {
  const start = performance.now();
  await call('saveTarget', { blockId, target: `Save ${n++}`, status: 'draft' });
  return performance.now() - start;
}

async function savesWhile(work: Promise<unknown> | null, count: number): Promise<{ times: number[]; ms: number }> {
  const times: number[] = [];
  const start = performance.now();
  let finished = work === null;
  void work?.finally(() => (finished = true));
  while (work === null ? times.length < count : !finished) {
    times.push(await timedSave());
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await work;
  return { times, ms: performance.now() - start };
}

const pdfPages = Number(process.env.BENCH_PDF_PAGES ?? 3000);
const WORDS = ['county', 'roads', 'water', 'schools', 'village', 'harvest', 'market', 'teachers', 'bridges', 'clinics', 'families', 'wages'];
const line = (k: number, i: number): string => Array.from({ length: 9 }, (_, w) => WORDS[(k * 7 + i * 5 + w * 3) % WORDS.length]).join(' ');
const pageText = (k: number): string => `BT /F1 11 Tf 72 720 Td 14 TL ${Array.from({ length: 30 }, (_, i) => `(${line(k, i)}${i % 6 === 5 ? '.' : ''}) '`).join(' ')} ET`;
const pdf = pagedPdf(pdfPages, Array.from({ length: pdfPages }, (_, k) => pdfStream('', pageText(k))), (k) => 4 + pdfPages + k);
const tmxUnits = Array.from({ length: 100_000 }, (_, k) => `林西县推进脱贫攻坚第${k}段，成效显著。`).join('\n\n');

const rows: string[] = [];
const baseline = await savesWhile(null, 200);
const base95 = percentile(baseline.times, 95);
rows.push(`| idle host (baseline) | – | ${baseline.times.length} | ${percentile(baseline.times, 50).toFixed(1)} | ${base95.toFixed(1)} | 1.0× | ≤ 100 ms p95 |`);
for (const [name, fileName, bytes] of [
  [`PDF, ${pdfPages} pages with text`, 'book.pdf', pdf],
  ['text, 100,000 paragraphs', 'long.txt', Buffer.from(tmxUnits)],
] as const) {
  const work = call('previewImport', { file: { fileName, dataBase64: Buffer.from(bytes).toString('base64') }, requestId: fileName });
  const during = await savesWhile(work, 0);
  const p95 = percentile(during.times, 95);
  rows.push(`| during import: ${name} | ${(during.ms / 1000).toFixed(1)} | ${during.times.length} | ${percentile(during.times, 50).toFixed(1)} | ${p95.toFixed(1)} | ${(p95 / base95).toFixed(1)}× | ≤ 100 ms p95 ${p95 <= 100 ? 'ok' : 'MISSED'} |`);
}
await server.close();
await workbench.close();
rmSync(dir, { recursive: true, force: true });

console.log('| saves | import s | saves timed | p50 ms | p95 ms | p95 vs baseline | goal |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
