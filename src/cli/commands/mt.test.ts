import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { imported, p, tempDir } from '../../host/testing/fixtures.ts';
import { writeNewProject } from '../../host/project-file.ts';
import { GlossaryStore } from '../../host/glossary/index.ts';
import { MtStore } from '../../host/mt/index.ts';
import { startFakeProvider, type FakeProvider } from '../../host/mt/testing/fake-provider.ts';
import { ProjectStore } from '../../host/storage/project-store.ts';
import { runInProcess } from '../testing/cli-runs.ts';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
// A key shaped like a real one and unique enough that finding it anywhere means it leaked.
const KEY = 'sk-LEAKCHECK-7f3a9c2e5b1d4068';
const ROWS = ['林西县驻村工作队深入开展精准扶贫。', '群众收入稳步增长。', '已确认。', '二、主要做法'];

let dir = '';
let cleanup = (): void => {};
let projectPath = '';
let fake: FakeProvider;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  projectPath = join(dir, 'p.duizhao');
  writeNewProject(projectPath, { name: '林西', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'doc', sourceFileName: 'doc.txt', result: imported(...ROWS.map((r) => p(r))) }], T0);
  const store = ProjectStore.open(projectPath);
  try {
    new GlossaryStore(store.db, store.path).put([{ id: 'g1', source: '驻村工作队', targets: ['village-based work team'], forbidden: [], note: '', caseSensitive: false }], T0);
    const third = store.listBlocks(store.documents()[0]!.id)[2]!;
    store.saveTarget(third.id, 'Confirmed.', 'confirmed', T0);
  } finally {
    store.close();
  }
  fake = await startFakeProvider('openai-compatible', KEY);
});
afterEach(async () => {
  await fake.close();
  vi.restoreAllMocks();
  cleanup();
});

const ENV = { MY_MT_KEY: KEY, LANG: 'C' };
const pretranslate = (extra: string[] = [], env: Record<string, string> = ENV) =>
  runInProcess(['mt', 'pretranslate', projectPath, '--provider', 'openai-compatible', '--base-url', fake.baseUrl, '--model', 'qwen2.5', '--api-key-env', 'MY_MT_KEY', '--json', ...extra], env);

function rows(): [string, string][] {
  const store = ProjectStore.open(projectPath);
  try {
    return store.listBlocks(store.documents()[0]!.id).map((b) => [b.target, b.status]);
  } finally {
    store.close();
  }
}

describe('duizhao mt pretranslate', () => {
  it('prints {"translated","skipped","failed"}, fills empty rows as MT drafts, and a second run sends nothing', async () => {
    const first = await pretranslate(['--concurrency', '2']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ translated: 3, skipped: 1, failed: 0, cached: 0, requests: 3, failures: [] });
    expect(rows().map(([, s]) => s)).toEqual(['draft', 'draft', 'confirmed', 'draft']);
    expect(rows()[2]).toEqual(['Confirmed.', 'confirmed']);
    expect(fake.translations()).toHaveLength(3);
    expect(JSON.stringify(fake.translations()[0]!.json)).toContain('village-based work team');

    const second = await pretranslate();
    expect(JSON.parse(second.stdout)).toMatchObject({ translated: 0, skipped: 4, failed: 0, requests: 0 });
    expect(fake.translations()).toHaveLength(3);

    const store = ProjectStore.open(projectPath);
    try {
      expect(new MtStore(store).mtDrafts()).toHaveLength(3);
    } finally {
      store.close();
    }
  });

  it('exits 2 with a translated error naming the provider when the key is refused, and leaves the rows empty', async () => {
    const run = await pretranslate([], { MY_MT_KEY: 'sk-wrong-0000000000', LANG: 'C' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^duizhao: OpenAI-compatible \(127\.0\.0\.1:\d+\) refused the API key \(HTTP 401\)/);
    expect(run.stderr).not.toContain('sk-wrong-0000000000');
    expect(JSON.parse(run.stdout)).toMatchObject({ translated: 0, failed: 3 });
    expect(rows()[0]).toEqual(['', 'new']);
  });

  it('names the missing variable, not a value, when the key variable is unset or looks like a key', async () => {
    const unset = await pretranslate([], { LANG: 'C' });
    expect(unset).toMatchObject({ code: 2 });
    expect(unset.stderr).toContain('The environment variable MY_MT_KEY that should hold the OpenAI-compatible key is not set.');
    const pasted = await runInProcess(['mt', 'pretranslate', projectPath, '--provider', 'openai-compatible', '--base-url', fake.baseUrl, '--api-key-env', KEY], ENV);
    expect(pasted.code).toBe(2);
    expect(pasted.stderr).toContain('must be the NAME of an environment variable');
    expect(pasted.stderr).not.toContain(KEY);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses to send a key over plain http to a remote host', async () => {
    const run = await runInProcess(['mt', 'pretranslate', projectPath, '--provider', 'openai-compatible', '--base-url', 'http://mt.example.com/v1', '--api-key-env', 'MY_MT_KEY'], ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('OpenAI-compatible (mt.example.com): Duizhao sends a key only over https');
  });

  it('saves settings with --save (the variable name, never the key) and uses them next time', async () => {
    expect((await pretranslate(['--save', '--style-notes', 'British spelling.'])).code).toBe(0);
    const shown = await runInProcess(['mt', 'settings', projectPath, '--json'], ENV);
    expect(JSON.parse(shown.stdout)).toEqual({ provider: 'openai-compatible', baseUrl: fake.baseUrl, model: 'qwen2.5', apiKeyEnv: 'MY_MT_KEY', styleNotes: 'British spelling.', concurrency: 4 });
    expect(JSON.stringify((fake.translations()[0]!.json as { messages: unknown }).messages)).toContain('British spelling.');
    const store = ProjectStore.open(projectPath);
    try {
      store.db.prepare("UPDATE blocks SET target = '', status = 'new' WHERE position = 1").run();
      store.db.prepare('DELETE FROM revisions WHERE block_id = (SELECT id FROM blocks WHERE position = 1)').run();
      store.db.prepare('DELETE FROM mt_cache').run();
    } finally {
      store.close();
    }
    const again = await runInProcess(['mt', 'pretranslate', projectPath, '--json'], ENV);
    expect(JSON.parse(again.stdout)).toMatchObject({ translated: 1, requests: 1 });
  });

  it('never writes the key into the project file, an export, the output or a log', async () => {
    const logged: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    const outputs: string[] = [];
    const keep = (run: { stdout: string; stderr: string }) => outputs.push(run.stdout, run.stderr);
    keep(await pretranslate(['--save']));
    // A failing run whose server echoes the key it was sent (as OpenAI's 401 does).
    fake.script(() => ({ status: 401, body: JSON.stringify({ error: { message: `Incorrect API key provided: ${KEY}`, code: 'invalid_api_key' } }) }));
    const store = ProjectStore.open(projectPath);
    try {
      store.db.prepare("UPDATE blocks SET target = '', status = 'new' WHERE position = 3").run();
      store.db.prepare('DELETE FROM revisions WHERE block_id = (SELECT id FROM blocks WHERE position = 3)').run();
      store.db.prepare('DELETE FROM mt_cache').run();
    } finally {
      store.close();
    }
    keep(await pretranslate());
    fake.script(() => ({ status: 400, body: JSON.stringify({ error: { message: `Bad request from ${KEY}` } }) }));
    keep(await pretranslate());
    expect(outputs.join('\n')).toContain('refused');

    const exportsDir = join(dir, 'exports');
    mkdirSync(exportsDir);
    for (const format of ['tmx', 'xliff12', 'xliff20', 'tsv', 'csv', 'jsonl', 'html', 'txt', 'docx', 'annotations']) {
      const ext = format === 'xliff12' || format === 'xliff20' ? 'xlf' : format === 'annotations' ? 'jsonld' : format;
      const run = await runInProcess(['export', projectPath, '--format', format, '--out', join(exportsDir, `x-${format}.${ext}`)], ENV);
      expect(run.code, `${format}: ${run.stderr}`).toBe(0);
      keep(run);
    }
    const exportFiles = readdirSync(exportsDir);
    expect(exportFiles.length).toBeGreaterThanOrEqual(10);
    expect(readFileSync(join(exportsDir, 'x-tmx.tmx'), 'utf8')).toContain('in English');

    const texts: [string, string][] = [];
    for (const name of exportFiles) {
      const bytes = readFileSync(join(exportsDir, name));
      if (name.endsWith('.docx')) for (const [part, data] of Object.entries(unzipSync(new Uint8Array(bytes)))) texts.push([`${name}:${part}`, Buffer.from(data).toString('latin1')]);
      else texts.push([name, bytes.toString('utf8')]);
    }
    for (const file of readdirSync(dir).filter((f) => f.startsWith('p.duizhao'))) texts.push([file, readFileSync(join(dir, file)).toString('latin1')]);
    texts.push(['outputs', outputs.join('\n')], ['console', logged.join('\n')]);
    expect(texts.some(([name]) => name === 'p.duizhao')).toBe(true);
    for (const [name, text] of texts) {
      expect(text.includes(KEY), `key found in ${name}`).toBe(false);
      expect(text.includes(KEY.slice(3)), `key body found in ${name}`).toBe(false);
    }
    // The variable's NAME is stored, as documented.
    expect(readFileSync(projectPath).toString('latin1')).toContain('MY_MT_KEY');
  });
});
