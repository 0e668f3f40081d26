import { test, expect } from '../fixtures/test.ts';
import { fakeMtEnglish, startFakeMtServer, type FakeMtServer } from '../fixtures/mt-server.ts';
import { MtPage } from '../pages/mt-page.ts';

// Machine translation as a translator uses it with a local model server: configure the provider,
// pre-translate, see the drafts marked MT, post-edit one, run again: edited and confirmed rows
// are never touched and nothing is requested twice.

let server: FakeMtServer;
test.beforeEach(async () => {
  test.setTimeout(180_000); // two pre-translation runs over the whole sample on a shared machine
  server = await startFakeMtServer();
});
test.afterEach(async () => {
  await server.close();
});

test('pre-translate fills empty rows as MT drafts and never touches edited or confirmed rows', async ({ workbench }) => {
  const mt = new MtPage(() => workbench.page);
  await workbench.ready();
  await workbench.typeInRow(2, 'Typed by hand.');
  await workbench.typeInRow(3, 'Confirmed by hand.');
  await workbench.confirm();
  await workbench.saved();
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'confirmed');
  const source1 = (await workbench.source(1).textContent()) ?? '';

  await mt.configure(server.baseUrl, 'qwen2.5:7b');
  const first = await mt.pretranslate();
  expect(first.failed).toBe(0);
  expect(first.translated).toBeGreaterThan(2);
  expect(first.requests).toBe(first.translated);
  expect(server.sources).not.toContain(await workbench.source(2).textContent());
  await workbench.page.screenshot({ path: '/tmp/mt-dialog.png' });
  await mt.close();

  await expect(workbench.editor(1)).toHaveText(fakeMtEnglish(source1));
  await expect(workbench.row(1)).toHaveAttribute('data-status', 'draft');
  await expect(mt.badge(1)).toHaveText('MT · OpenAI-compatible · qwen2.5:7b');
  await expect(workbench.editor(2)).toHaveText('Typed by hand.');
  await expect(mt.badge(2)).toHaveCount(0);
  await expect(workbench.editor(3)).toHaveText('Confirmed by hand.');
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'confirmed');
  await workbench.page.screenshot({ path: '/tmp/mt-rows.png' });

  // Post-edit the MT draft of row 1, then run again.
  await workbench.typeInRow(1, ' Post-edited.');
  await workbench.saved();
  const requestsSoFar = server.sources.length;
  const second = await mt.pretranslate();
  expect(second).toMatchObject({ translated: 0, failed: 0, requests: 0 });
  expect(server.sources).toHaveLength(requestsSoFar);
  await mt.close();
  await expect(workbench.editor(1)).toHaveText(`${fakeMtEnglish(source1)} Post-edited.`);
  await expect(mt.badge(1)).toHaveCount(0);
  await expect(workbench.editor(3)).toHaveText('Confirmed by hand.');
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'confirmed');
  await expect(mt.badge(4)).toBeVisible();
});

test('an unreachable provider is reported by name and changes nothing', async ({ workbench }) => {
  const mt = new MtPage(() => workbench.page);
  await workbench.ready();
  const url = server.baseUrl;
  await server.close();
  server = await startFakeMtServer(); // keep afterEach happy; the configured URL is now dead
  await mt.configure(url, 'm');
  const report = await mt.pretranslate();
  expect(report.translated).toBe(0);
  await expect(mt.dialog.getByTestId('error')).toHaveAttribute('data-code', 'mt:errors.unreachable');
  await expect(mt.dialog.getByTestId('error')).toContainText('OpenAI-compatible (127.0.0.1:');
  await mt.close();
  await expect(workbench.editor(1)).toHaveText('');
});
