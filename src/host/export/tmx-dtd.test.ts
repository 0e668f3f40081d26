/**
 * TMX exports validated against the TMX 1.4b DTD itself with the native xmllint (Debian's
 * libxml2-utils, which `.ci/run` installs): the wasm build used in core has no DTD validation,
 * so core checks an RNG converted from the DTD, and this test closes the gap with the real thing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportTmx } from '../../core/export/tmx.ts';
import { block, doc, heading, note, project } from '../../core/export/testing/testkit.ts';

const DTD = fileURLToPath(new URL('../../core/export/schemas/tmx14.dtd', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'duizhao-tmx-dtd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dtdErrors(xml: string): string {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.tmx`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is needed for this test (apt-get install libxml2-utils): ${run.error.message}`);
  return run.status === 0 ? '' : run.stderr || `xmllint exited with ${run.status}`;
}

const sample = project(
  doc('林西县志 <1> & "序"', heading('第一章', 'Chapter 1', 'confirmed'), block('林西县位于内蒙古。县城不大。', 'Linxi lies in Inner Mongolia. The town is small.', 'draft', { notes: ['注 <a> & \u0001'], annotations: [note('source', 0, 3, 'place name', '地名')] })),
  doc('其他', block('源 𠮷 \u0001', 'T 𠮷 \u000b', 'draft'), block('未译。', '', 'new')),
);

describe('TMX against tmx14.dtd (native xmllint)', () => {
  it('paragraph, sentence and with-untranslated exports are valid', () => {
    expect(dtdErrors(exportTmx(sample))).toBe('');
    expect(dtdErrors(exportTmx(sample, { segmentation: 'sentence' }))).toBe('');
    expect(dtdErrors(exportTmx(sample, { includeUntranslated: true }))).toBe('');
  });
  it('the DTD check rejects what TMX forbids', () => {
    expect(dtdErrors(exportTmx(sample).replace(' adminlang="en"', ''))).not.toBe('');
    expect(dtdErrors(exportTmx(sample).replace(/<tuv xml:lang="en">/, '<tuv>'))).not.toBe('');
  });
});
