import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../host/import/import-file.ts';
import { ProjectStore } from '../host/storage/project-store.ts';
import { tempDir } from '../host/testing/fixtures.ts';
import { runInProcess } from './testing/cli-runs.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const PROSE = '林西县推进脱贫攻坚，成效显著。全县干部群众齐心协力，修路、引水、建学校。\n\n';

describe('NUL and control bytes (issue 20, item 4)', () => {
  let cleanup = (): void => undefined;
  afterEach(() => cleanup());

  it('removes NULs past the first 256 KB and reports them; the project stores exactly what import --json shows', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const head = PROSE.repeat(Math.ceil((300 * 1024) / utf8(PROSE).length));
    const file = join(t.dir, 'nul.txt');
    writeFileSync(file, Buffer.concat([Buffer.from(head), Buffer.from('尾段有\u0000空字节\u0001和控制符。\n')]));
    const result = await importFile('nul.txt', new Uint8Array(Buffer.from(head + '尾段有\u0000空字节\u0001和控制符。\n')));
    expect(result.layout.controlsRemoved).toBe(2);
    const json = await runInProcess(['import', file, '--json']);
    expect(json.code).toBe(0);
    const shown = (JSON.parse(json.stdout) as { paragraphs: { text: string }[] }).paragraphs.map((p) => p.text);
    expect(shown.at(-1)).toBe('尾段有空字节和控制符。');
    const out = join(t.dir, 'nul.duizhao');
    expect((await runInProcess(['import', file, '--out', out])).code).toBe(0);
    const store = ProjectStore.open(out);
    try {
      const [document] = store.documents();
      const stored = store.listBlocks(document!.id).map((b) => b.source);
      expect(stored).toEqual(shown);
    } finally {
      store.close();
    }
  });
});
