import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createWorkbench } from '../workbench.ts';
import { writeNewProject } from '../project-file.ts';
import { imported, p, tempDir } from '../testing/fixtures.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('QA ignores', () => {
  it('are kept with the project, reversible, and survive reopening', async () => {
    const path = join(dir, 'p.duizhao');
    writeNewProject(path, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'd', sourceFileName: 'd.txt', result: imported(p('共2314人'), p('你好')) }], 0);
    const api = createWorkbench({ workspaceDir: join(dir, 'ws') });
    const project = await api.openProject({ path });
    const documentId = project.documents[0]!.id;
    const [a, b] = await api.listBlocks({ documentId });
    await api.setQaIgnore({ blockId: a!.id, key: 'number-mismatch|2,314|2,341', ignored: true });
    await api.setQaIgnore({ blockId: b!.id, key: 'double-space|  ', ignored: true });
    await api.setQaIgnore({ blockId: b!.id, key: 'double-space|  ', ignored: true }); // idempotent
    await api.setQaIgnore({ blockId: b!.id, key: 'double-space|  ', ignored: false });
    await api.close();
    const reopened = createWorkbench({ workspaceDir: join(dir, 'ws') });
    await reopened.openProject({ path });
    expect(await reopened.listQaIgnores({ documentId })).toEqual([{ blockId: a!.id, key: 'number-mismatch|2,314|2,341' }]);
    await reopened.close();
  });

  it('refuse an unknown block with a translated error', async () => {
    const path = join(dir, 'p.duizhao');
    writeNewProject(path, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'd', sourceFileName: 'd.txt', result: imported(p('你好')) }], 0);
    const api = createWorkbench({ workspaceDir: join(dir, 'ws') });
    await api.openProject({ path });
    await expect(api.setQaIgnore({ blockId: 999, key: 'x', ignored: true })).rejects.toMatchObject({ code: 'qa:errors.unknownBlock' });
    await api.close();
  });
});
