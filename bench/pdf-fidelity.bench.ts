/**
 * Import fidelity on the real-style set (issue 18): `node bench/pdf-fidelity.bench.ts`. Every route
 * on the same pages, all content required: the PDF route, the layout-text route on
 * `pdftotext -layout` output, and poppler's `pdftotext -raw` / `-layout` text as it comes (lines or
 * blank-line blocks as paragraphs). Goals (PDF route): accuracy ≥ 0.98, paragraph F1 ≥ 0.90, no
 * leaked furniture, ≥ 90 % of headings and captions labelled. Held-out documents are marked.
 */
import type { Fidelity } from '../src/core/import/fidelity.ts';
import { REAL_NAMES, readTruth, scoreRoute } from '../src/host/import/pdf/fixtures/real/score.ts';
import type { Route } from '../src/host/import/pdf/fixtures/real/score.ts';

const ROUTES: readonly Route[] = ['pdf', 'layout-route', 'pdftotext-raw', 'pdftotext-layout'];

function labelled(s: Fidelity): [number, number] {
  const h = s.kinds.heading ?? { ok: 0, total: 0 };
  const c = s.kinds.caption ?? { ok: 0, total: 0 };
  return [h.ok + c.ok, h.total + c.total];
}

const goal = (s: Fidelity): string => {
  const [ok, total] = labelled(s);
  return s.accuracy >= 0.98 && s.f1 >= 0.9 && s.leaks.length === 0 && ok >= 0.9 * total ? 'met' : 'missed';
};

console.log('| document | pages | route | accuracy | paragraph F1 | leaked furniture | headings+captions labelled | goal |');
console.log('|---|---:|---|---:|---:|---:|---:|---|');
const totals = new Map<string, { pages: number; acc: number; f1: number; leaks: number; ok: number; total: number; docs: number }>();
for (const name of REAL_NAMES) {
  const truth = readTruth(name);
  for (const route of ROUTES) {
    const s = await scoreRoute(name, route);
    const [ok, total] = labelled(s);
    console.log(`| ${name}${truth.heldOut ? ' (held out)' : ''} | ${truth.pages} | ${route} | ${s.accuracy.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.leaks.length} | ${ok}/${total} | ${route === 'pdf' ? goal(s) : '—'} |`);
    const key = `${truth.heldOut ? 'held out' : 'tuned'} · ${route}`;
    const t = totals.get(key) ?? { pages: 0, acc: 0, f1: 0, leaks: 0, ok: 0, total: 0, docs: 0 };
    // Means weighted by pages, so a long article counts more than a short report.
    totals.set(key, { pages: t.pages + truth.pages, acc: t.acc + s.accuracy * truth.pages, f1: t.f1 + s.f1 * truth.pages, leaks: t.leaks + s.leaks.length, ok: t.ok + ok, total: t.total + total, docs: t.docs + 1 });
  }
}
console.log('\n| set · route | documents | pages | accuracy (page-weighted) | paragraph F1 (page-weighted) | leaked furniture | headings+captions labelled |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [key, t] of [...totals].sort()) {
  console.log(`| ${key} | ${t.docs} | ${t.pages} | ${(t.acc / t.pages).toFixed(3)} | ${(t.f1 / t.pages).toFixed(3)} | ${t.leaks} | ${t.ok}/${t.total} (${((100 * t.ok) / t.total).toFixed(0)} %) |`);
}
