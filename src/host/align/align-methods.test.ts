import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { workbenchInputs } from '../../shared/api.ts';
import { tempDir } from '../testing/fixtures.ts';
import { createWorkbench } from '../workbench.ts';
import type { Workbench } from '../workbench.ts';

let workspace = '';
let cleanup = (): void => {};
let wb: Workbench | undefined;

const file = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text, 'utf8').toString('base64') });
const code = (expected: string) => expect.objectContaining({ code: expected });

const ZH = '第一条\n\n人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。\n\n第三条\n\n人人有权享有生命、自由和人身安全。\n';
const EN = 'Article 1\n\nAll human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.\n\nArticle 3\n\nEveryone has the right to life, liberty and security of person.\n';

beforeEach(() => {
  ({ dir: workspace, cleanup } = tempDir());
  wb = createWorkbench({ workspaceDir: workspace, now: () => Date.parse('2026-03-01T08:00:00.000Z') });
});
afterEach(async () => {
  await wb?.close();
  cleanup();
});

describe('alignment methods of the workbench', () => {
  it('previewAlignment aligns two uploads and writes nothing', async () => {
    const preview = await wb!.previewAlignment({ zhFile: file('宣言.txt', ZH), enFile: file('udhr.txt', EN) });
    expect(preview.zh).toHaveLength(5);
    expect(preview.en).toHaveLength(5);
    expect(preview.beads.map((b) => [b.zh, b.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]]]);
    expect(preview.kinds).toEqual({ '1-1': 5 });
    expect(preview.warnings).toEqual([]);
    expect(readdirSync(workspace)).toEqual([]);
  }, 60_000);

  it('createAlignedProject stores the Chinese paragraphs with the English as draft and opens the project', async () => {
    const info = await wb!.createAlignedProject({ zhFile: file('宣言.txt', ZH), enFile: file('udhr.txt', EN), name: '宣言对照' });
    expect(info.name).toBe('宣言对照');
    expect(info.path).toBe(join(workspace, 'projects', '宣言对照.duizhao'));
    const blocks = await wb!.listBlocks({ documentId: info.documents[0]?.id ?? 0 });
    expect(blocks.map((b) => [b.target, b.status])).toEqual([
      ['Article 1', 'draft'],
      ['All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.', 'draft'],
      ['Article 3', 'draft'],
      ['Everyone has the right to life, liberty and security of person.', 'draft'],
    ]);
    expect((await wb!.getSession({})).project?.path).toBe(info.path);
  }, 60_000);

  it('reports mismatched input as translated errors and validates payloads', async () => {
    await expect(wb!.previewAlignment({ zhFile: file('a.txt', EN), enFile: file('b.txt', EN) })).rejects.toEqual(code('align:errors.notChinese'));
    await expect(wb!.createAlignedProject({ zhFile: file('a.txt', ZH), enFile: file('b.txt', '') })).rejects.toEqual(code('align:errors.empty'));
    expect(workbenchInputs.previewAlignment.safeParse({ zhFile: file('a.txt', ZH) }).success).toBe(false);
    expect(workbenchInputs.createAlignedProject.safeParse({ zhFile: file('a.txt', ZH), enFile: file('b.txt', EN), lines: true }).success).toBe(true);
  }, 60_000);
});
