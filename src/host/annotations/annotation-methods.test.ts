import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, createBlockComment, createLink, DEFAULT_TAG_SET } from '../../core/annotate/index.ts';
import type { Annotation, Side } from '../../core/annotate/index.ts';
import type { BlockDto } from '../../shared/dto.ts';
import { tempDir } from '../testing/fixtures.ts';
import { createWorkbench, type Workbench } from '../workbench.ts';
import { loadAnnotationData } from './load-annotation-data.ts';
import { ProjectStore } from '../storage/project-store.ts';

const NOW = '2026-03-01T08:00:00.000Z';
let workspace = '';
let cleanup = (): void => {};
let wb: Workbench;
let blocks: BlockDto[] = [];
let documentId = 0;
let projectPath = '';

const payload = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text, 'utf8').toString('base64') });
const code = (expected: string) => expect.objectContaining({ code: expected });

/** A span of `quote` (first occurrence) in block `index` on `side`, built from the texts the test set. */
function span(index: number, side: Side, quote: string, text: string, category = 'policy term', id?: string): Annotation {
  const block = blocks[index]!;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  return createAnnotation(text, side, block.id, start, start + quote.length, category, `note on ${quote}`, 'Tester', NOW, id);
}

beforeEach(async () => {
  ({ dir: workspace, cleanup } = tempDir());
  wb = createWorkbench({ workspaceDir: workspace, now: () => Date.parse('2026-03-02T00:00:00.000Z') });
  const info = await wb.createProject({ file: payload('林西.txt', '林西县推进脱贫攻坚。\n\n牢记嘱托，感恩奋进。\n') });
  projectPath = info.path;
  documentId = info.documents[0]!.id;
  blocks = await wb.listBlocks({ documentId });
});
afterEach(async () => {
  await wb.close();
  cleanup();
});

const ENGLISH = 'Linxi County pushed ahead with the fight against poverty.';

describe('annotation methods', () => {
  it('keeps spans on both sides, their link and a block comment; deleting a span deletes its links', async () => {
    await wb.saveTarget({ blockId: blocks[0]!.id, target: ENGLISH, status: 'draft' });
    const source = await wb.saveAnnotation({ annotation: span(0, 'source', '脱贫攻坚', blocks[0]!.source) });
    const target = await wb.saveAnnotation({ annotation: span(0, 'target', 'fight against poverty', ENGLISH, 'translation shift') });
    expect(source.modified).toBe('2026-03-02T00:00:00.000Z');
    expect(source.created).toBe(NOW);
    const link = await wb.saveLink({ link: createLink(source, target, 'translation shift', 'nominal', 'Tester', NOW) });
    await wb.saveComment({ comment: createBlockComment(blocks[1]!.id, 'check the slogan', 'Tester', NOW, 'c1') });

    const bundle = await wb.listAnnotations({ documentId });
    expect(bundle.annotations.map((a) => [a.side, a.quote, a.orphaned])).toEqual([
      ['source', '脱贫攻坚', false],
      ['target', 'fight against poverty', false],
    ]);
    expect(bundle.links).toEqual([link]);
    expect(bundle.comments.map((c) => c.note)).toEqual(['check the slogan']);
    expect(bundle.tagSet).toEqual(DEFAULT_TAG_SET);

    await wb.deleteAnnotation({ id: target.id });
    const after = await wb.listAnnotations({ documentId });
    expect(after.annotations.map((a) => a.id)).toEqual([source.id]);
    expect(after.links).toEqual([]);
    await wb.deleteComment({ id: 'c1' });
    expect((await wb.listAnnotations({ documentId })).comments).toEqual([]);
  });

  it('rejects spans on unknown blocks, reversed spans and links to unknown annotations', async () => {
    const good = span(0, 'source', '林西县', blocks[0]!.source);
    await expect(wb.saveAnnotation({ annotation: { ...good, blockId: 999 } })).rejects.toEqual(code('host:errors.blockNotFound'));
    await expect(wb.saveAnnotation({ annotation: { ...good, start: 3, end: 1 } })).rejects.toEqual(code('annotate:errors.badSpan'));
    const saved = await wb.saveAnnotation({ annotation: good });
    await expect(wb.saveLink({ link: createLink(saved, { ...saved, id: 'ghost' }, '', '', 'T', NOW) })).rejects.toEqual(code('annotate:errors.linkEndMissing'));
  });

  it('moves target spans to the ranges the editor mapped and re-anchors or orphans the rest', async () => {
    const blockId = blocks[0]!.id;
    await wb.saveTarget({ blockId, target: ENGLISH, status: 'draft' });
    const mapped = await wb.saveAnnotation({ annotation: span(0, 'target', 'pushed ahead', ENGLISH, 'metaphor') });
    const byQuote = await wb.saveAnnotation({ annotation: span(0, 'target', 'poverty', ENGLISH, 'policy term') });
    const doomed = await wb.saveAnnotation({ annotation: span(0, 'target', 'Linxi County', ENGLISH, 'proper name') });

    // The translator typed "boldly " inside the first span and replaced "Linxi County" entirely.
    const edited = 'The county boldly pushed boldly ahead with the fight against poverty.';
    const start = edited.indexOf('pushed');
    await wb.saveTarget({ blockId, target: edited, status: 'draft', ranges: [{ id: mapped.id, start, end: start + 'pushed boldly ahead'.length }] });

    const byId = new Map((await wb.listAnnotations({ documentId })).annotations.map((a) => [a.id, a]));
    expect(byId.get(mapped.id)).toMatchObject({ quote: 'pushed boldly ahead', start, orphaned: false });
    expect(byId.get(byQuote.id)).toMatchObject({ quote: 'poverty', start: edited.indexOf('poverty'), orphaned: false });
    expect(byId.get(doomed.id)).toMatchObject({ quote: 'Linxi County', orphaned: true });

    // A range the editor collapsed (its text deleted) orphans the span instead of dropping it.
    await wb.saveTarget({ blockId, target: 'The county fought poverty.', status: 'draft', ranges: [{ id: mapped.id, start: 11, end: 11 }] });
    const last = new Map((await wb.listAnnotations({ documentId })).annotations.map((a) => [a.id, a]));
    expect(last.get(mapped.id)).toMatchObject({ quote: 'pushed boldly ahead', orphaned: true });
    expect(last.get(byQuote.id)).toMatchObject({ start: 'The county fought '.length, orphaned: false });
  });

  it('re-anchors lazily when a block changed outside the editor, and persists the result', async () => {
    const blockId = blocks[0]!.id;
    await wb.saveTarget({ blockId, target: ENGLISH, status: 'draft' });
    const annotation = await wb.saveAnnotation({ annotation: span(0, 'target', 'poverty', ENGLISH) });
    await wb.close();
    const store = ProjectStore.open(projectPath);
    store.db.prepare('UPDATE blocks SET target = ? WHERE id = ?').run(`In 2020, ${ENGLISH}`, blockId);
    const data = loadAnnotationData(store.db, documentId);
    expect(data.annotations[0]).toMatchObject({ id: annotation.id, start: annotation.start + 'In 2020, '.length, orphaned: false });
    const stored = store.db.prepare('SELECT start_offset FROM annotations').get() as { start_offset: number };
    expect(stored.start_offset).toBe(annotation.start + 9);
    store.close();
  });

  it('renames the category of annotations and links with a renamed tag, swaps included, in one step', async () => {
    await wb.saveTarget({ blockId: blocks[0]!.id, target: ENGLISH, status: 'draft' });
    const source = await wb.saveAnnotation({ annotation: span(0, 'source', '脱贫攻坚', blocks[0]!.source, 'policy term') });
    const target = await wb.saveAnnotation({ annotation: span(0, 'target', 'fight against poverty', ENGLISH, 'metaphor') });
    const other = await wb.saveAnnotation({ annotation: span(1, 'source', '牢记嘱托', blocks[1]!.source, 'idiom') });
    await wb.saveLink({ link: createLink(source, target, 'policy term', '', 'Tester', NOW) });
    const renamed = DEFAULT_TAG_SET.tags.map((tag) =>
      tag.name === 'policy term' ? { ...tag, name: 'metaphor' } : tag.name === 'metaphor' ? { ...tag, name: 'policy term' } : tag.name === 'idiom' ? { ...tag, name: 'chengyu' } : tag,
    );
    const tagSet = { ...DEFAULT_TAG_SET, version: 2, tags: renamed };
    const renames = [
      { from: 'policy term', to: 'metaphor' },
      { from: 'metaphor', to: 'policy term' },
      { from: 'idiom', to: 'chengyu' },
    ];
    await wb.saveTagSet({ tagSet, renames });
    const bundle = await wb.listAnnotations({ documentId });
    const category = (id: string) => bundle.annotations.find((a) => a.id === id)?.category;
    expect([category(source.id), category(target.id), category(other.id)]).toEqual(['metaphor', 'policy term', 'chengyu']);
    expect(bundle.links.map((l) => l.category)).toEqual(['metaphor']);
    expect(bundle.tagSet).toEqual(tagSet);

    // A rename to a name the set lacks changes nothing: neither the tags nor the annotations.
    await expect(wb.saveTagSet({ tagSet: { ...tagSet, version: 3 }, renames: [{ from: 'chengyu', to: 'proverb' }] })).rejects.toEqual(code('annotate:errors.renameUnknownTag'));
    const after = await wb.listAnnotations({ documentId });
    expect(after.tagSet.version).toBe(2);
    expect(after.annotations.find((a) => a.id === other.id)?.category).toBe('chengyu');
  });

  it('keeps categories when a tag is removed and the rest shift position', async () => {
    const saved = await wb.saveAnnotation({ annotation: span(0, 'source', '脱贫攻坚', blocks[0]!.source, 'metaphor') });
    await wb.saveTagSet({ tagSet: { ...DEFAULT_TAG_SET, version: 2, tags: DEFAULT_TAG_SET.tags.filter((tag) => tag.name !== 'policy term') } });
    expect((await wb.listAnnotations({ documentId })).annotations.find((a) => a.id === saved.id)?.category).toBe('metaphor');
  });

  it('validates and stores the tag set', async () => {
    const tagSet = { name: 'Mine', version: 2, tags: [{ name: 'shift', colour: '#7fdbd4', description: '', shortcut: 's' }] };
    expect(await wb.saveTagSet({ tagSet })).toEqual(tagSet);
    expect((await wb.listAnnotations({ documentId })).tagSet).toEqual(tagSet);
    const bad = { ...tagSet, tags: [...tagSet.tags, { name: 'shift', colour: '#000000', description: '' }] };
    await expect(wb.saveTagSet({ tagSet: bad })).rejects.toEqual(code('annotate:errors.tagNameDuplicate'));
    expect((await wb.listAnnotations({ documentId })).tagSet).toEqual(tagSet);
  });

  it('imports quote-only annotations from other tools over both sides, keeping what it cannot place as orphans', async () => {
    await wb.saveTarget({ blockId: blocks[1]!.id, target: 'Remember the charge, forge ahead with gratitude.', status: 'draft' });
    const item = (exact: string, tag: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: tag }],
      target: { source: 'https://example.org/elsewhere', selector: { type: 'TextQuoteSelector', exact } },
    });
    const file = payload('h.jsonld', JSON.stringify([item('感恩奋进', 'idiom'), item('forge ahead', 'metaphor'), item('不存在的话', 'error'), { type: 'Nope' }]));
    expect(await wb.importAnnotations({ file })).toEqual({ anchored: 2, orphaned: 1, errors: 1 });
    const { annotations } = await wb.listAnnotations({ documentId });
    expect(annotations.map((a) => [a.side, a.quote, a.category, a.orphaned])).toEqual([
      ['source', '感恩奋进', 'idiom', false],
      ['target', 'forge ahead', 'metaphor', false],
      ['source', '不存在的话', 'error', true],
    ]);
    await expect(wb.importAnnotations({ file: payload('x.jsonld', '{not json') })).rejects.toEqual(code('annotate:errors.badJson'));
  });

  it('moves or orphans English spans inside a replace-all batch', async () => {
    const blockId = blocks[0]!.id;
    await wb.saveTarget({ blockId, target: ENGLISH, status: 'draft' });
    const kept = await wb.saveAnnotation({ annotation: span(0, 'target', 'poverty', ENGLISH) });
    const lost = await wb.saveAnnotation({ annotation: span(0, 'target', 'pushed ahead', ENGLISH, 'metaphor') });
    const replaced = `Today ${ENGLISH.replace('pushed ahead', 'made progress')}`;
    await wb.saveTargets({ edits: [{ blockId, target: replaced, status: 'draft' }], label: 'replace' });
    await wb.close();
    // Read the rows as stored, so this proves the batch re-anchored (listAnnotations would do it lazily anyway).
    const store = ProjectStore.open(projectPath);
    const rows = store.db.prepare('SELECT id, start_offset AS start, orphaned FROM annotations ORDER BY id').all();
    store.close();
    expect(rows).toEqual(
      [
        { id: kept.id, start: replaced.indexOf('poverty'), orphaned: 0 },
        { id: lost.id, start: lost.start, orphaned: 1 },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });
});
