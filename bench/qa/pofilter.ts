/**
 * Runs translate-toolkit's pofilter on the evaluation documents (as PO files, one unit id per
 * msgctxt) and maps its tests onto Duizhao's check names where one corresponds. Returns null
 * when pofilter is not installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QaCheck } from '../../src/core/qa/index.ts';
import type { EvalDocument } from './planted-set.ts';

/** pofilter test → the Duizhao check it stands for (pofilter has no term, consistency or CJK-script test as such). */
export const POFILTER_TESTS: Readonly<Record<string, QaCheck>> = {
  untranslated: 'empty-target',
  unchanged: 'untranslated',
  numbers: 'number-mismatch',
  validchars: 'cjk-in-target',
  endpunc: 'fullwidth-punct-in-target',
  puncspacing: 'fullwidth-punct-in-target',
  brackets: 'unbalanced-brackets',
  doublespacing: 'double-space',
};

const po = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

/** The PO text of one document. */
export function toPo(document: EvalDocument): string {
  const head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n';
  return head + document.units.map((u) => `msgctxt ${po(u.id)}\nmsgid ${po(u.source)}\nmsgstr ${po(u.target)}\n`).join('\n');
}

/** Unit id → Duizhao checks pofilter reported, over all documents; null without pofilter. */
export function runPofilter(documents: readonly EvalDocument[]): Map<string, Set<string>> | null {
  if (spawnSync('pofilter', ['--version'], { encoding: 'utf8' }).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-pofilter-'));
  const found = new Map<string, Set<string>>();
  try {
    // Valid characters: printable ASCII, Latin-1 and English typography (curly quotes, dashes, …).
    let valid = '';
    for (let c = 0x20; c < 0x7f; c++) valid += String.fromCharCode(c);
    for (let c = 0xa0; c < 0x100; c++) valid += String.fromCharCode(c);
    valid += '‘’“”–—…•';
    writeFileSync(join(dir, 'valid.txt'), valid);
    for (const document of documents) {
      const input = join(dir, `${document.name}.po`);
      const output = join(dir, `${document.name}.out.po`);
      writeFileSync(input, toPo(document));
      const args = ['--progress=none', '--language=en', `--validcharsfile=${join(dir, 'valid.txt')}`, ...Object.keys(POFILTER_TESTS).flatMap((t) => ['-t', t]), input, output];
      const run = spawnSync('pofilter', args, { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`pofilter failed: ${run.stderr}`);
      if (!existsSync(output)) continue; // pofilter writes nothing when no unit fails
      let context = '';
      let tests: string[] = [];
      const flush = (): void => {
        if (context === '') return;
        const set = found.get(context) ?? new Set<string>();
        for (const t of tests) { const check = POFILTER_TESTS[t]; if (check) set.add(check); }
        found.set(context, set);
      };
      for (const line of readFileSync(output, 'utf8').split('\n')) {
        const test = /^# \(pofilter\) (\w+):/.exec(line);
        if (test) { tests.push(test[1] as string); continue; }
        const ctx = /^msgctxt "(.*)"$/.exec(line);
        if (ctx) { flush(); context = JSON.parse(`"${ctx[1]}"`) as string; }
        if (line.trim() === '' && context !== '') { flush(); context = ''; tests = []; }
      }
      flush();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return found;
}
