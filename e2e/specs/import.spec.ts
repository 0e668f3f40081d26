import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures/test.ts';

// Importing a messy real source: the pdftotext -layout dump of a two-page, four-column spread.
const seed = readFileSync('src/core/samples/linxi-spread.layout.txt');

test('the magazine spread imports as clean paragraphs, with a preview of what was dropped', async ({ workbench }) => {
  await workbench.ready();
  const dialog = await workbench.importFile({ name: 'spread.txt', mimeType: 'text/plain', buffer: seed });
  const blocks = dialog.getByTestId('import-blocks').locator('li');
  await expect(blocks).toHaveCount(19);
  await expect(dialog.getByTestId('import-facts')).toContainText('2 + 2');
  await expect(blocks.filter({ hasText: '二、主要成效' })).toHaveClass(/kind-heading/);
  await expect(blocks.last()).toHaveClass(/kind-byline/);
  // Running heads, folios, slugs and the page strip are listed as dropped, not mixed into the text.
  await dialog.locator('.import-dropped summary').click();
  await expect(dialog.locator('.import-dropped li').filter({ hasText: 'indd' })).toHaveCount(1);
  await expect(blocks.filter({ hasText: '特别关注' })).toHaveCount(0);

  // Punctuation repair is on by default, counted, and reversible before anything is written.
  const repair = dialog.getByTestId('repair-punctuation');
  await expect(repair).toBeChecked();
  await expect(dialog.locator('.import-option')).toContainText(/\(\d+ changes\)/);
  await repair.uncheck();
  await expect(blocks.filter({ hasText: '等,使广大' })).toHaveCount(1);
  await repair.check();
  await expect(blocks.filter({ hasText: '等，使广大' })).toHaveCount(1);

  await dialog.getByTestId('import-create').click();
  await expect(workbench.page.locator('body[data-import-state="created"]')).toBeAttached();
  await workbench.ready();
  await expect(workbench.page.locator('.project-name')).toHaveText('spread');
  await expect(workbench.row(4)).toHaveClass(/is-heading/);
  await expect(workbench.source(4)).toHaveText('二、主要成效');
});

test('cancelling the preview writes nothing', async ({ workbench }) => {
  await workbench.ready();
  const before = await workbench.page.locator('[data-testid="recent"] option').count();
  const dialog = await workbench.importFile({ name: 'spread.txt', mimeType: 'text/plain', buffer: seed });
  await dialog.getByTestId('import-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(workbench.page.locator('[data-testid="recent"] option')).toHaveCount(before);
});

const fixture = (name: string) => readFileSync(`src/host/import/pdf/fixtures/${name}`);

test('a two-column Chinese PDF imports in reading order, headings first', async ({ workbench }) => {
  await workbench.ready();
  const expected = JSON.parse(fixture('zh-two-column.json').toString('utf8')) as { paragraphs: { kind: string; text: string }[] };
  const dialog = await workbench.importFile({ name: 'zh-two-column.pdf', mimeType: 'application/pdf', buffer: fixture('zh-two-column.pdf') });
  const blocks = dialog.getByTestId('import-blocks').locator('li');
  await expect(blocks).toHaveCount(expected.paragraphs.length);
  await expect(blocks.first()).toHaveClass(/kind-heading/);
  await expect(blocks.nth(1).locator('[lang="zh-Hans"]')).toHaveText(expected.paragraphs[1]!.text);
  await expect(dialog.getByTestId('import-facts')).toContainText('4');
});

test('an encrypted PDF is refused with a clear, translated message', async ({ workbench }) => {
  await workbench.ready();
  await workbench.switchLanguage('zh-CN');
  const dialog = await workbench.importFile({ name: 'locked.pdf', mimeType: 'application/pdf', buffer: fixture('encrypted.pdf') });
  const error = dialog.getByTestId('error');
  await expect(error).toHaveAttribute('data-code', 'import-pdf:errors.encrypted');
  await expect(error).toContainText('密码保护');
});
