import { nullLogger } from '../../shared/logger.ts';
/**
 * The segment loop of issue #10: export XLIFF (2.0 and 1.2) → fill each segment's English
 * elsewhere → import → TMX by sentence pairs each Chinese sentence with its own English; the
 * exports validate against their schemas; a segment edited on both sides is a segment conflict.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import tmxRng from '../../core/export/schemas/tmx14.rng?raw';
import xliff12Xsd from '../../core/export/schemas/xliff-core-1.2-strict.xsd?raw';
import xliff20Xsd from '../../core/export/schemas/xliff-core-2.0.xsd?raw';
import xmlXsd from '../../core/export/schemas/xml.xsd?raw';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { ProjectStore } from '../storage/project-store.ts';
import type { HostContext } from '../context.ts';
import { exportMethods } from '../export/methods.ts';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
let cleanup = (): void => {};
let store: ProjectStore;
const ctx = (): HostContext => ({ project: () => store, now: () => T0 + 1000, workspaceDir: join(tempDir().dir, 'ws'), logger: nullLogger });
const decode = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64').toString('utf8');
const b64 = (text: string) => ({ dataBase64: Buffer.from(text, 'utf8').toString('base64') });

async function validate(xml: string, kind: 'tmx' | 'xliff12' | 'xliff20'): Promise<string[]> {
  const file = { fileName: 'x.xml', contents: xml };
  const result =
    kind === 'tmx'
      ? await validateXML({ xml: file, schema: { fileName: 'tmx14.rng', contents: tmxRng }, extension: 'relaxng' })
      : await validateXML({
          xml: file,
          schema: { fileName: 'schema.xsd', contents: kind === 'xliff12' ? xliff12Xsd : xliff20Xsd },
          preload: { fileName: 'xml.xsd', contents: xmlXsd },
        });
  return result.errors.map((e) => e.message);
}

beforeEach(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  store = ProjectStore.create(join(temp.dir, 'p.duizhao'), { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, T0);
});
afterEach(() => {
  store.close();
  cleanup();
});

const ENGLISH = ['The county is small.', 'Few people live there.', 'The hills are high!'];

function fill(xml: string, kind: 'xliff12' | 'xliff20', ids: number[]): string {
  let out = xml;
  ids.forEach((id, i) => {
    out =
      kind === 'xliff20'
        ? out.replace(new RegExp(`(<segment id="g${id}" state=")initial(">(?:(?!</segment>).)*<target>)</target>`), `$1translated$2${ENGLISH[i]}</target>`)
        : out.replace(new RegExp(`(<target[^>]*>(?:(?!</target>).)*)<mrk mtype="seg" mid="${id}"></mrk>`), `$1${i > 0 ? ' ' : ''}<mrk mtype="seg" mid="${id}">${ENGLISH[i]}</mrk>`);
  });
  return out;
}

describe.each(['xliff20', 'xliff12'] as const)('%s: segments out and back', (kind) => {
  it('fills segment by segment and TMX pairs each sentence with its own English', async () => {
    const documentId = store.addDocument({ title: 'd', sourceFileName: 'd.txt', result: imported(p('县城不大。人口不多。山很高！')) }, T0);
    const block = store.listBlocks(documentId)[0]!;
    expect(block.segments).toHaveLength(3);
    const api = exportMethods(ctx());
    const [file] = await api.exportProject({ format: kind });
    const xml = decode(file!);
    expect(await validate(xml, kind)).toEqual([]);
    const filled = fill(xml, kind, block.segments.map((s) => s.id));
    expect(await validate(filled, kind)).toEqual([]);
    const summary = await api.importTranslations({ file: { fileName: `f.${kind === 'xliff20' ? 'xlf2' : 'xlf'}`, ...b64(filled) } });
    expect(summary).toEqual({ updated: 1, conflicts: [], unmatched: 0 });
    const after = store.block(block.id);
    expect(after.segments.map((s) => [s.target, s.origin])).toEqual(ENGLISH.map((e) => [e, 'imported']));
    expect(after.target).toBe(ENGLISH.join(' '));
    const [tmx] = await api.exportProject({ format: 'tmx', options: { segmentation: 'sentence' } });
    const text = decode(tmx!);
    expect(await validate(text, 'tmx')).toEqual([]);
    const seg = (lang: string) => [...text.matchAll(new RegExp(`<tuv xml:lang="${lang}"><seg>([^<]*)</seg>`, 'g'))].map((m) => m[1]);
    expect(seg('zh-CN')).toEqual(['县城不大。', '人口不多。', '山很高！']);
    expect(seg('en')).toEqual(ENGLISH);
  });

  it('reports a segment edited on both sides as a segment conflict and fills the others', async () => {
    const documentId = store.addDocument({ title: 'd', sourceFileName: 'd.txt', result: imported(p('县城不大。人口不多。山很高！')) }, T0);
    const block = store.listBlocks(documentId)[0]!;
    const api = exportMethods(ctx());
    const [file] = await api.exportProject({ format: kind });
    const filled = fill(decode(file!), kind, block.segments.map((s) => s.id));
    // Meanwhile, in Duizhao, the second segment got other English.
    store.saveSegments(block.id, block.segments.map((s, i) => ({ ...s, target: i === 1 ? 'Not many people.' : '', status: i === 1 ? 'draft' : 'new' })), T0 + 500);
    const summary = await api.importTranslations({ file: { fileName: `f.${kind === 'xliff20' ? 'xlf2' : 'xlf'}`, ...b64(filled) } });
    expect(summary.conflicts).toEqual([{ blockId: block.id, segmentId: block.segments[1]!.id, reason: 'target-changed', current: 'Not many people.', incoming: ENGLISH[1] }]);
    expect(store.block(block.id).segments.map((s) => s.target)).toEqual([ENGLISH[0], 'Not many people.', ENGLISH[2]]);
  });
});
