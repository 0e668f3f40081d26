import { nullLogger } from '../../shared/logger.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { ProjectStore } from '../storage/project-store.ts';
import type { HostContext } from '../context.ts';
import type { Annotation, BlockComment } from '../../core/annotate/model.ts';
import type { AnnotationSource } from './annotation-source.ts';
import { exportMethods } from './methods.ts';
import { annotationMethods } from '../annotations/annotation-methods.ts';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
let dir = '';
let cleanup = (): void => {};
let store: ProjectStore;
let clock = T0;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  store = ProjectStore.create(join(dir, 'p.duizhao'), { name: '林西/县: 报告', sourceLang: 'zh-CN', targetLang: 'en' }, T0);
  clock = T0;
});
afterEach(() => {
  store.close();
  cleanup();
});

const ctx = (): HostContext => ({ project: () => store, now: () => clock, workspaceDir: join(dir, 'ws'), logger: nullLogger });
const b64 = (text: string) => ({ dataBase64: Buffer.from(text, 'utf8').toString('base64') });
const decode = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64').toString('utf8');

/** Adds a document of body blocks (a heading first when `heading` is given); returns its block ids. */
function addDoc(title: string, texts: string[], heading?: string): number[] {
  const blocks = [...(heading ? [p(heading, 'heading')] : []), ...texts.map((t) => p(t))];
  const id = store.addDocument({ title, sourceFileName: `${title}.txt`, result: imported(...blocks) }, T0);
  return store.listBlocks(id).map((b) => b.id);
}

function span(blockId: number, side: 'source' | 'target', start: number, end: number, text: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: `a${blockId}${side}${start}`,
    side,
    blockId,
    start,
    end,
    quote: text.slice(start, end),
    prefix: '',
    suffix: '',
    category: 'term',
    note: 'a note',
    author: 'me',
    created: '2026-03-01T08:00:00.000Z',
    modified: '2026-03-01T08:00:00.000Z',
    orphaned: false,
    ...extra,
  };
}

describe('exportProject', () => {
  it('names files after the sanitised project, writes a copy that is never overwritten, and sets MIME types', async () => {
    addDoc('doc', ['林西县', '脱贫攻坚']);
    const api = exportMethods(ctx());
    const [first] = await api.exportProject({ format: 'tmx', options: { includeUntranslated: true } });
    expect(first!.fileName).toBe('林西_县_ 报告.tmx');
    expect(first!.mimeType).toMatch(/^application\/x-tmx\+xml/);
    expect(first!.savedTo).toBe(join(dir, 'ws', 'exports', '林西_县_ 报告.tmx'));
    expect(readFileSync(first!.savedTo).toString('base64')).toBe(first!.dataBase64);
    expect(decode(first!)).toContain('<seg>脱贫攻坚</seg>');

    const [second] = await api.exportProject({ format: 'tmx' });
    expect(second!.fileName).toBe('林西_县_ 报告 (2).tmx');
    expect(readFileSync(first!.savedTo).toString('base64')).toBe(first!.dataBase64);

    const [docx] = await api.exportProject({ format: 'docx' });
    expect(docx!.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.from(docx!.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('gives txt as a line-aligned zh/en pair sharing one numeric suffix', async () => {
    const [a] = addDoc('doc', ['林西县', '脱贫']);
    store.saveTarget(a!, 'Linxi', 'draft', T0);
    const api = exportMethods(ctx());
    const files = await api.exportProject({ format: 'txt' });
    expect(files.map((f) => f.fileName)).toEqual(['林西_县_ 报告.zh.txt', '林西_县_ 报告.en.txt']);
    expect(files.map(decode)).toEqual(['林西县\n脱贫\n', 'Linxi\n\n']);
    // Only the en name is taken: both files still move on together.
    const again = await api.exportProject({ format: 'txt' });
    expect(again.map((f) => f.fileName)).toEqual(['林西_县_ 报告 (2).zh.txt', '林西_县_ 报告 (2).en.txt']);
    expect(existsSync(again[1]!.savedTo)).toBe(true);
  });

  it('splits sentence-level TMX at the sentences stored with each block', async () => {
    const [a] = addDoc('doc', ['县城不大。人口不多。']);
    store.saveTarget(a!, 'The town is small. Few people live there.', 'draft', T0);
    const api = exportMethods(ctx());
    const sentenceSegs = async () => {
      const [tmx] = await api.exportProject({ format: 'tmx', options: { segmentation: 'sentence' } });
      return [...decode(tmx!).matchAll(/<tuv xml:lang="zh-CN"><seg>([^<]*)<\/seg>/g)].map((m) => m[1]);
    };
    expect(await sentenceSegs()).toEqual(['县城不大。', '人口不多。']);
    // A stored split (here deliberately unlike the splitter's) wins over splitting afresh.
    store.db.prepare('UPDATE blocks SET source_sentences = ? WHERE id = ?').run('[[0,2],[2,10]]', a!);
    expect(await sentenceSegs()).toEqual(['县城', '不大。人口不多。']);
  });

  it('exports one document with its comments as notes and its annotations, and applies the options', async () => {
    const [heading, body] = addDoc('first', ['他画蛇添足。'], '标题');
    const [other] = addDoc('second', ['第二篇']);
    store.saveTarget(body!, 'He gilded the lily.', 'confirmed', T0);
    const comment: BlockComment = { id: 'c1', blockId: body!, note: 'check idiom', author: 'me', created: 'x', modified: 'x' };
    const source: AnnotationSource = () => ({
      annotations: [span(body!, 'source', 1, 5, '他画蛇添足。'), span(other!, 'source', 0, 1, '第二篇'), span(body!, 'target', 0, 2, 'He', { orphaned: true })],
      links: [],
      comments: [comment, { ...comment, id: 'c2', blockId: other!, note: 'elsewhere' }],
    });
    const api = exportMethods(ctx(), source);
    const documentId = store.documents()[0]!.id;

    const [xliff] = await api.exportProject({ format: 'xliff20', documentId });
    expect(xliff!.fileName).toBe('林西_县_ 报告 - first.xliff');
    const xml = decode(xliff!);
    expect(xml).toContain('check idiom');
    expect(xml).not.toContain('elsewhere');
    expect(xml).toMatch(/<mrk [^>]*>画蛇添足<\/mrk>/);
    expect(xml).toContain('标题');

    const [filtered] = await api.exportProject({ format: 'xliff20', documentId, options: { includeHeadings: false, includeNotes: false } });
    expect(decode(filtered!)).not.toContain('标题');
    expect(decode(filtered!)).not.toContain('check idiom');

    const [w3c] = await api.exportProject({ format: 'annotations', documentId });
    expect(w3c!.mimeType).toMatch(/^application\/ld\+json/);
    const page = JSON.parse(decode(w3c!)) as { type: string; items: { motivation: string }[] };
    expect(page.type).toBe('AnnotationPage');
    // Two spans of the first document (one orphaned) and its comment; nothing from the second.
    expect(page.items.map((i) => i.motivation)).toEqual(['tagging', 'tagging', 'commenting']);

    const [csv] = await api.exportProject({ format: 'annotations-csv' });
    expect(decode(csv!).split('\r\n').filter((line) => line !== '')).toHaveLength(4);
    expect(heading).toBeDefined();

    await expect(api.exportProject({ format: 'tmx', options: { confirmedOnly: true, includeHeadings: false } })).resolves.toHaveLength(1);
    await expect(api.exportProject({ format: 'jsonl', documentId: store.documents()[1]!.id, options: { confirmedOnly: true } })).rejects.toMatchObject({
      code: 'export:errors.nothingToExport',
      details: { format: 'JSONL' },
    });
    await expect(api.exportProject({ format: 'tmx', documentId: 999 })).rejects.toMatchObject({ code: 'host:errors.documentNotFound' });
  });
});

describe('importTranslations', () => {
  it('applies edited targets in one step with revisions, reports conflicts and counts unmatched units', async () => {
    const [a, b, c] = addDoc('doc', ['林西县', '脱贫攻坚', '惠民政策']);
    store.saveTarget(a!, 'Linxi', 'draft', T0);
    store.saveTarget(b!, 'Poverty', 'draft', T0);
    const api = exportMethods(ctx());
    const [xliff] = await api.exportProject({ format: 'xliff12' });
    let xml = decode(xliff!);
    // Outside edits: a's and c's English, and b's, which is also edited in Duizhao meanwhile.
    xml = xml.replace('<target state="translated">Linxi</target>', '<target state="final">Linxi County &amp; &lt;co&gt;</target>');
    xml = xml.replace('<target state="translated">Poverty</target>', '<target state="translated">Poverty relief</target>');
    xml = xml.replace(/(<source>惠民政策<\/source>)\s*(<target[^>]*>)?(<\/target>)?/, '$1<target state="translated">Policies 𠮷</target>');
    expect(xml).toContain('Policies 𠮷');
    clock = T0 + 5_000;
    store.saveTarget(b!, 'Poverty alleviation', 'draft', clock);
    const extra = xml.replace(/<\/body>/, '<trans-unit id="x9"><source>不存在</source><target>Nothing</target></trans-unit></body>');

    clock = T0 + 10_000;
    const summary = await api.importTranslations({ file: { fileName: 'edited.xlf', ...b64(extra) } });
    expect(summary).toEqual({
      updated: 2,
      conflicts: [{ blockId: b!, reason: 'target-changed', current: 'Poverty alleviation', incoming: 'Poverty relief' }],
      unmatched: 1,
    });
    const blocks = store.listBlocks(store.documents()[0]!.id);
    expect(blocks.map((x) => [x.target, x.status])).toEqual([
      ['Linxi County & <co>', 'confirmed'],
      ['Poverty alleviation', 'draft'],
      ['Policies 𠮷', 'draft'],
    ]);
    expect(store.history(a!).map((r) => r.target)).toEqual(['Linxi County & <co>', 'Linxi']);
    expect(store.history(c!)[0]!.createdAt).toBe(new Date(T0 + 10_000).toISOString());

    // The same file again changes nothing.
    const again = await api.importTranslations({ file: { fileName: 'edited.xlf', ...b64(extra) } });
    expect(again.updated).toBe(0);
  });

  it('reads TMX, also under an unknown extension, matching by source text when ids are absent', async () => {
    addDoc('doc', ['林西县']);
    const tmx =
      '<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>' +
      '<body><tu><tuv xml:lang="zh-CN"><seg>林西县</seg></tuv><tuv xml:lang="en"><seg>Linxi County</seg></tuv></tu></body></tmx>';
    const api = exportMethods(ctx());
    expect(await api.importTranslations({ file: { fileName: 'memory.xml', ...b64(tmx) } })).toEqual({ updated: 1, conflicts: [], unmatched: 0 });
    expect(store.listBlocks(store.documents()[0]!.id)[0]!.target).toBe('Linxi County');
  });

  it('refuses files that are not XLIFF or TMX with translated export errors', async () => {
    addDoc('doc', ['林西县']);
    const api = exportMethods(ctx());
    await expect(api.importTranslations({ file: { fileName: 'a.xlf', ...b64('<html/>') } })).rejects.toMatchObject({ code: 'export:errors.notXliff' });
    await expect(api.importTranslations({ file: { fileName: 'a.tmx', ...b64('<tmx') } })).rejects.toMatchObject({ code: 'export:errors.malformedXml' });
    const binary = { dataBase64: Buffer.from([0, 1, 2, 0xff, 0, 0, 3, 0x89, 0x50]).toString('base64') };
    await expect(api.importTranslations({ file: { fileName: 'a.xlf', ...binary } })).rejects.toMatchObject({ code: 'export:errors.notText' });
    await expect(
      api.importTranslations({ file: { fileName: 'a.xlf', ...b64('<!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2"/>') } }),
    ).rejects.toMatchObject({ code: 'export:errors.xmlDoctype' });
  });

  it('applyTargets is all or nothing', () => {
    const [a] = addDoc('doc', ['林西县']);
    expect(() => store.applyTargets([{ blockId: a!, target: 'Linxi', status: 'draft' }, { blockId: 9999, target: 'x', status: 'draft' }], T0)).toThrow(
      expect.objectContaining({ code: 'host:errors.blockNotFound' }),
    );
    expect(store.listBlocks(store.documents()[0]!.id)[0]!.target).toBe('');
    expect(store.history(a!)).toEqual([]);
  });

  it('uses the annotations feature by default: spans and comments are exported, English spans follow an import', async () => {
    const [a] = addDoc('doc', ['他画蛇添足。']);
    store.saveTarget(a!, 'He gilded the lily.', 'draft', T0);
    const annotate = annotationMethods(ctx());
    await annotate.saveAnnotation({ annotation: span(a!, 'source', 1, 5, '他画蛇添足。') });
    await annotate.saveAnnotation({ annotation: span(a!, 'target', 3, 18, 'He gilded the lily.') });
    await annotate.saveComment({ comment: { id: 'c1', blockId: a!, note: 'idiom', author: 'me', created: 'x', modified: 'x' } });
    const api = exportMethods(ctx());

    const [jsonl] = await api.exportProject({ format: 'jsonl' });
    const record = JSON.parse(decode(jsonl!)) as { annotations: { side: string }[] };
    expect(record.annotations.map((x) => x.side).sort()).toEqual(['en', 'zh']);
    const [xliff] = await api.exportProject({ format: 'xliff12' });
    expect(decode(xliff!)).toContain('idiom');

    const edited = decode(xliff!).replace(/<target state="translated">.*?<\/target>/, '<target state="translated">Indeed he gilded the lily.</target>');
    expect(await api.importTranslations({ file: { fileName: 'e.xlf', ...b64(edited) } })).toMatchObject({ updated: 1 });
    const bundle = await annotate.listAnnotations({ documentId: store.documents()[0]!.id });
    const target = bundle.annotations.find((x) => x.side === 'target')!;
    expect(target.orphaned).toBe(false);
    expect('Indeed he gilded the lily.'.slice(target.start, target.end)).toBe('gilded the lily');
  });
});
