import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../host/testing/fixtures.ts';
import { ProjectStore } from '../host/storage/project-store.ts';
import { importBytes } from '../host/source-file.ts';
import { main } from './main.ts';
import { CLI_BIN, runInProcess, spawnCli } from './testing/cli-runs.ts';

const SAMPLE = fileURLToPath(new URL('../core/samples/linxi-spread.layout.txt', import.meta.url));

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = (args: string[], env: Record<string, string> = {}) => spawnCli(dir, args, env);

describe('duizhao CLI', () => {
  it('import --json prints paragraphs with pages and dropped lines, repairing punctuation unless told not to', async () => {
    const run = cli(['import', SAMPLE, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { paragraphs: { kind: string; text: string; page?: number; sentences: [number, number][] }[]; dropped: unknown[] };
    expect(out.paragraphs.length).toBeGreaterThan(3);
    for (const paragraph of out.paragraphs) {
      expect(Object.keys(paragraph)).toEqual(paragraph.page === undefined ? ['kind', 'text', 'sentences'] : ['kind', 'text', 'page', 'sentences']);
      // Sentences tile the paragraph, in code points.
      const points = [...paragraph.text];
      expect(paragraph.sentences.map(([s, e]) => points.slice(s, e).join('')).join('')).toBe(paragraph.text);
      expect(paragraph.sentences.at(-1)?.[1]).toBe(points.length);
    }
    expect(out.paragraphs.some((p) => p.sentences.length > 1)).toBe(true);
    expect(out.paragraphs.some((p) => typeof p.page === 'number')).toBe(true);
    expect(out.dropped.length).toBeGreaterThan(0);
    const text = out.paragraphs.map((p) => p.text).join('');
    expect(text).toContain('惠民政策等，使广');

    const raw = JSON.parse((await runInProcess(['import', SAMPLE, '--json', '--no-repair'])).stdout) as typeof out;
    expect(raw.paragraphs.map((p) => p.text).join('')).toContain('惠民政策等,使广');
  });

  it('import --out creates a project, refuses to overwrite it, and stats reads it', async () => {
    const project = join(dir, 'linxi.duizhao');
    expect(cli(['import', SAMPLE, '--out', project]).code).toBe(0);
    expect(existsSync(project)).toBe(true);

    const again = await runInProcess(['import', SAMPLE, '--out', project]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`duizhao: A file already exists at ${project}; Duizhao will not overwrite it.\n`);

    const paragraphs = (await importBytes('linxi-spread.layout.txt', new Uint8Array(readFileSync(SAMPLE)))).paragraphs.length;
    const stats = cli(['stats', project, '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ blocks: { total: paragraphs, confirmed: 0, draft: 0, new: paragraphs }, targetWords: 0 });
  });

  it('reports errors as one translated line with exit code 2, never a stack trace', async () => {
    const missing = join(dir, 'missing.duizhao');
    expect(cli(['stats', missing, '--json'])).toEqual({ code: 2, stdout: '', stderr: `duizhao: The project file ${missing} does not exist.\n` });

    expect((await runInProcess(['stats', missing], { LANG: 'zh_CN.UTF-8' })).stderr).toBe(`duizhao: 项目文件 ${missing} 不存在。\n`);
    const usage = await runInProcess(['import', SAMPLE, '--bogus']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^duizhao: .*--bogus.*duizhao --help/su);
    expect(await runInProcess(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "frobnicate"') });
    expect(await runInProcess(['import', SAMPLE])).toMatchObject({ code: 2, stderr: expect.stringContaining('--json or --out') });
    expect(await runInProcess(['serve', '--port', '70000'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--port') });
    expect(await runInProcess(['serve', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--workspace DIR') });
  });

  it('serve needs a built UI', async () => {
    let stderr = '';
    const code = await main(['serve'], { stdout: () => {}, stderr: (t) => (stderr += t) }, { DUIZHAO_UI_DIR: join(dir, 'nothing') });
    expect(code).toBe(1);
    expect(stderr).toContain('run npm run build:ui first');
  });

  it('serve prints the URL first, serves the sample, and closes the project on SIGTERM', async () => {
    const ui = join(dir, 'ui');
    mkdirSync(ui);
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>对照</title>');
    const workspace = join(dir, 'workspace');
    const proc = spawn(process.execPath, [CLI_BIN, 'serve', '--workspace', workspace], {
      env: { ...process.env, DUIZHAO_UI_DIR: ui },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('close', resolve));
    const [url] = await createInterface({ input: proc.stdout })[Symbol.asyncIterator]().next().then((r) => [r.value as string]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/u);
    expect(await (await fetch(url!)).text()).toContain('对照');
    const token = new URL(url!).searchParams.get('token')!;
    const session = await fetch(new URL('/api/getSession', url), { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    const body = (await session.json()) as { ok: boolean; value: { project: { name: string; path: string } } };
    expect(body.value.project.name).toBe('林西县脱贫攻坚 (sample)');

    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    ProjectStore.open(body.value.project.path).close(); // the lock was released
  });
});
