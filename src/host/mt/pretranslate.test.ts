import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { GlossaryEntry } from '../../core/glossary/index.ts';
import { GlossaryStore } from '../glossary/index.ts';
import { writeNewProject } from '../project-file.ts';
import { ProjectStore } from '../storage/project-store.ts';
import { imported, p, tempDir } from '../testing/fixtures.ts';
import { MtStore } from './mt-store.ts';
import { pretranslate, type PretranslateOptions } from './pretranslate.ts';
import { resolveEndpoint, resolveSettings } from './settings.ts';
import { fakeEnglish, startFakeProvider, type FakeProvider, type SeenRequest } from './testing/fake-provider.ts';
import { blockUnits } from './units.ts';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
const KEY = 'sk-pretranslate-5c4b3a2918';
const ROWS = ['一、基本情况', '林西县驻村工作队深入开展精准扶贫。', '群众收入稳步增长。', '已确认的行。', '译者正在编辑的行。', '二、主要做法', '驻村工作队走访农户。'];
const ENTRIES: GlossaryEntry[] = [
  { id: 'g1', source: '驻村工作队', targets: ['village-based work team'], forbidden: ['village task force'], note: '', caseSensitive: false },
  { id: 'g2', source: '精准扶贫', targets: ['targeted poverty alleviation'], forbidden: [], note: '', caseSensitive: false },
];

let dir = '';
let cleanup = (): void => {};
let store: ProjectStore;
let mt: MtStore;
let fake: FakeProvider | undefined;
let ids: number[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  const path = join(dir, 'p.duizhao');
  writeNewProject(path, { name: '林西', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'doc', sourceFileName: 'doc.txt', result: imported(...ROWS.map((r) => p(r))) }], T0);
  store = ProjectStore.open(path);
  mt = new MtStore(store);
  new GlossaryStore(store.db, store.path).put(ENTRIES, T0);
  ids = store.listBlocks(store.documents()[0]!.id).map((b) => b.id);
  store.saveTarget(ids[3]!, 'Confirmed by a translator.', 'confirmed', T0);
  store.saveTarget(ids[4]!, 'Half typed', 'draft', T0);
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  store.close();
  cleanup();
});

const targets = () => store.listBlocks(store.documents()[0]!.id).map((b) => [b.target, b.status]);
const bodyOf = (r: SeenRequest) => r.json as Record<string, unknown>;

async function run(provider: 'openai-compatible' | 'deepl', extra: Partial<PretranslateOptions> = {}, key: string | undefined = KEY) {
  fake ??= await startFakeProvider(provider, key);
  const settings = resolveSettings({ provider, baseUrl: fake.baseUrl, model: provider === 'deepl' ? '' : 'qwen2.5', styleNotes: 'British spelling.' }, undefined);
  const target = resolveEndpoint(settings, key);
  return pretranslate(store, mt, blockUnits(store, mt), { target, styleNotes: settings.styleNotes, concurrency: 3, http: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 2_000 }, now: () => T0 + 1000, ...extra });
}

describe('pretranslate (openai-compatible)', () => {
  it('fills only empty untouched rows, as drafts marked MT, sending terms, context and style', async () => {
    const report = await run('openai-compatible');
    expect(report).toMatchObject({ translated: 5, skipped: 2, failed: 0, cached: 0, requests: 5, failures: [] });
    expect(targets()).toEqual(
      ROWS.map((row, i) => (i === 3 ? ['Confirmed by a translator.', 'confirmed'] : i === 4 ? ['Half typed', 'draft'] : [fakeEnglish(row), 'draft'])),
    );
    expect(mt.mtDrafts().map((o) => o.blockId)).toEqual([ids[0], ids[1], ids[2], ids[5], ids[6]]);
    expect(mt.mtDrafts()[0]).toMatchObject({ provider: 'openai-compatible', model: 'qwen2.5' });

    const userText = (r: SeenRequest) => (bodyOf(r).messages as { content: string }[])[1]!.content;
    const row1 = fake!.translations().find((r) => userText(r) === ROWS[1])!;
    const [system, user] = bodyOf(row1).messages as { role: string; content: string }[];
    expect(user!.content).toBe(ROWS[1]);
    expect(system!.content).toContain('驻村工作队 → village-based work team (never: village task force)');
    expect(system!.content).toContain('精准扶贫 → targeted poverty alleviation');
    expect(system!.content).toContain('British spelling.');
    expect(system!.content).toContain(`[before] ${ROWS[0]}`);
    expect(system!.content).toContain(`[after] ${ROWS[2]}`);
    // Rows without terms get no glossary section.
    const row2 = fake!.translations().find((r) => userText(r) === ROWS[2])!;
    expect((bodyOf(row2).messages as { content: string }[])[0]!.content).not.toContain('glossary');
    // Term QA: the fake's English uses no approved rendering, so each term hit is a finding.
    expect(report.findings).toBe(3);
  });

  it('a second run makes no request: filled rows are skipped, and a row emptied of MT is served from the cache', async () => {
    await run('openai-compatible');
    const again = await run('openai-compatible');
    expect(again).toMatchObject({ translated: 0, skipped: 7, failed: 0, requests: 0 });
    // A fresh project state for row 2 (as if the draft were never written): the cache answers.
    store.db.prepare("UPDATE blocks SET target = '', status = 'new' WHERE id = ?").run(ids[2]!);
    store.db.prepare('DELETE FROM revisions WHERE block_id = ?').run(ids[2]!);
    const third = await run('openai-compatible');
    expect(third).toMatchObject({ translated: 1, cached: 1, requests: 0 });
    expect(fake!.translations()).toHaveLength(5);
  });

  it('never overwrites a row edited while its translation was on its way', async () => {
    fake = await startFakeProvider('openai-compatible', KEY);
    fake.script((r) => {
      const content = (bodyOf(r).messages as { content: string }[])[1]!.content;
      if (content === ROWS[2]) store.saveTarget(ids[2]!, 'Typed meanwhile', 'draft', T0 + 500);
      return undefined;
    });
    const report = await run('openai-compatible');
    expect(report).toMatchObject({ translated: 4, skipped: 3, failed: 0 });
    expect(targets()[2]).toEqual(['Typed meanwhile', 'draft']);
    expect(mt.mtDrafts().map((o) => o.blockId)).not.toContain(ids[2]);
  });

  it('fails a row whose answer keeps Chinese or is empty, and caches nothing for it', async () => {
    fake = await startFakeProvider('openai-compatible', KEY);
    fake.script((r) => {
      const content = (bodyOf(r).messages as { content: string }[])[1]!.content;
      const reply = content === ROWS[0] ? 'I. 基本情况' : content === ROWS[2] ? '   ' : undefined;
      return reply === undefined ? undefined : { status: 200, body: JSON.stringify({ choices: [{ message: { role: 'assistant', content: reply } }] }) };
    });
    const report = await run('openai-compatible');
    expect(report).toMatchObject({ translated: 3, failed: 2 });
    expect(report.failures.map((f) => [f.unit, f.error.code]).sort()).toEqual([
      [`block:${ids[0]}`, 'mt:errors.chineseLeft'],
      [`block:${ids[2]}`, 'mt:errors.emptyAnswer'],
    ]);
    expect(targets()[0]).toEqual(['', 'new']);
    expect(mt.cacheSize()).toBe(3);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    fake = await startFakeProvider('openai-compatible', KEY);
    let inFlight = 0;
    let peak = 0;
    // Each answer is held for 60 ms; a request counts as in flight until its answer leaves.
    fake.script((r) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => inFlight--, 60);
      const source = (bodyOf(r).messages as { content: string }[])[1]!.content;
      return { delayMs: 60, status: 200, body: JSON.stringify({ choices: [{ message: { role: 'assistant', content: fakeEnglish(source) } }] }) };
    });
    const report = await run('openai-compatible', { concurrency: 2 });
    expect(report.translated).toBe(5);
    expect(peak).toBe(2);
  });

  it('retries a row through 429 and 500 and still fills it', async () => {
    fake = await startFakeProvider('openai-compatible', KEY);
    fake.script((_r, n) => (n === 1 ? { status: 429, headers: { 'Retry-After': '0' }, body: '{}' } : n === 2 ? { status: 500, body: '{}' } : undefined));
    const report = await run('openai-compatible', { concurrency: 1 });
    expect(report).toMatchObject({ translated: 5, failed: 0, requests: 5 });
    expect(fake.translations()).toHaveLength(7);
  });

  it('stops the run at a bad key: no further rows are tried, the error names the provider', async () => {
    fake = await startFakeProvider('openai-compatible', 'sk-the-right-key-0000');
    const report = await run('openai-compatible', { concurrency: 1 });
    expect(report).toMatchObject({ translated: 0, failed: 5 });
    expect(report.error).toEqual({ code: 'mt:errors.badKey', details: { provider: `OpenAI-compatible (${fake.baseUrl.slice(7, -3)})`, status: 401 } });
    expect(fake.translations()).toHaveLength(1);
    expect(JSON.stringify(report)).not.toContain(KEY);
  });

  it('counts a timed-out row as failed and goes on with the others', async () => {
    fake = await startFakeProvider('openai-compatible', KEY);
    // Generous margins either side: the other rows must not time out on a loaded machine.
    fake.script((r) => ((bodyOf(r).messages as { content: string }[])[1]!.content === ROWS[1] ? { delayMs: 6_000 } : undefined));
    const report = await run('openai-compatible', { http: { timeoutMs: 2_000, maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    expect(report).toMatchObject({ translated: 4, failed: 1 });
    expect(report.failures[0]!.error.code).toBe('mt:errors.timeout');
  });
});

describe('pretranslate (deepl)', () => {
  it('creates one DeepL glossary for the project (ZH→EN is supported), uses it in every request, and reuses it next time', async () => {
    const report = await run('deepl', {}, 'dk-test:fx');
    expect(report).toMatchObject({ translated: 5, failed: 0 });
    const glossaryCalls = fake!.requests.filter((r) => r.path === '/v2/glossaries');
    expect(glossaryCalls).toHaveLength(1);
    expect(bodyOf(glossaryCalls[0]!)).toMatchObject({ source_lang: 'zh', target_lang: 'en', entries_format: 'tsv', entries: '精准扶贫\ttargeted poverty alleviation\n驻村工作队\tvillage-based work team' });
    expect(glossaryCalls[0]!.headers.authorization).toBe('DeepL-Auth-Key dk-test:fx');
    const row1 = fake!.translations().find((r) => (bodyOf(r).text as string[])[0] === ROWS[1])!;
    expect(bodyOf(row1)).toEqual({ text: [ROWS[1]], source_lang: 'ZH', target_lang: 'EN-US', context: `${ROWS[0]}\n${ROWS[2]}`, glossary_id: 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7' });

    store.db.prepare("UPDATE blocks SET target = '', status = 'new' WHERE id = ?").run(ids[6]!);
    store.db.prepare('DELETE FROM revisions WHERE block_id = ?').run(ids[6]!);
    new GlossaryStore(store.db, store.path).put([{ ...ENTRIES[0]!, id: 'g3', source: '农户', targets: ['farm household'] }], T0);
    await run('deepl', {}, 'dk-test:fx');
    // The glossary changed, so a new one is created; the changed terms of row 6 miss the cache.
    expect(fake!.requests.filter((r) => r.path === '/v2/glossaries')).toHaveLength(2);
    expect(fake!.translations()).toHaveLength(6);
  });

  it('sends the terms in context when the glossary cannot be created, and reports quota (456) as fatal', async () => {
    fake = await startFakeProvider('deepl', 'dk-test:fx');
    fake.script((r) => (r.path === '/v2/glossaries' ? { status: 400, body: '{"message":"Unsupported glossary"}' } : undefined));
    await run('deepl', { concurrency: 1 }, 'dk-test:fx');
    const row1 = fake.translations().find((r) => (bodyOf(r).text as string[])[0] === ROWS[1])!;
    expect(bodyOf(row1).context).toContain('Terminology: 驻村工作队 = village-based work team; 精准扶贫 = targeted poverty alleviation.');
    expect(bodyOf(row1)).not.toHaveProperty('glossary_id');

    store.db.prepare("UPDATE blocks SET target = '', status = 'new'").run();
    store.db.prepare('DELETE FROM revisions').run();
    store.db.prepare('DELETE FROM mt_cache').run();
    fake.script(() => ({ status: 456, body: '{"message":"Quota exceeded"}' }));
    const report = await run('deepl', { concurrency: 1 }, 'dk-test:fx');
    expect(report.error?.code).toBe('mt:errors.quota');
    expect(report.translated).toBe(0);
  });
});
