import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures/test.ts';

// A two-column XeLaTeX journal article (issue 18): footnotes, table rows and equations come back
// as their own kinds, and one click leaves them all out of translation.
const pdf = readFileSync('src/host/import/pdf/fixtures/real/journal-a.pdf');

test('the preview shows kinds and dropped furniture per page; one click leaves footnotes, tables and equations out', async ({ workbench }) => {
  await workbench.ready();
  // Six pages with CJK fonts: allow for a busy machine.
  const dialog = await workbench.importFile({ name: 'journal-a.pdf', mimeType: 'application/pdf', buffer: pdf }, 45_000);
  await expect(workbench.page.locator('body[data-import-state="preview"]')).toBeAttached();
  const blocks = dialog.getByTestId('import-blocks').locator('li');
  const total = await blocks.count();
  const skippable = dialog.getByTestId('import-blocks').locator('li.kind-footnote, li.kind-table, li.kind-equation, li.kind-code');
  const skipped = await skippable.count();
  expect(skipped).toBeGreaterThanOrEqual(10);
  await expect(dialog.getByTestId('import-kind-footnote')).toBeChecked();

  // Running heads, the masthead and folios are listed under their page.
  await dialog.locator('.import-dropped summary').click();
  await expect(dialog.getByTestId('import-dropped-page')).toHaveCount(6);
  await expect(dialog.getByTestId('import-dropped-page').first()).toContainText('Modern Translation Studies');

  await dialog.getByTestId('import-exclude-skippable').click();
  await expect(dialog.getByTestId('import-kind-footnote')).not.toBeChecked();
  await expect(dialog.getByTestId('import-kind-table')).not.toBeChecked();
  await expect(dialog.getByTestId('import-kind-equation')).not.toBeChecked();
  await expect(dialog.getByTestId('import-kind-body')).toBeChecked();
  await expect(dialog.getByTestId('import-excluded')).toContainText(String(skipped));
  await expect(skippable.and(dialog.locator('li.excluded'))).toHaveCount(skipped);

  await dialog.getByTestId('import-create').click();
  await expect(workbench.page.locator('body[data-import-state="created"]')).toBeAttached();
  await workbench.ready();
  await expect(workbench.page.locator('.project-name')).toHaveText('journal-a');
  // The grid is virtual: it reports how many rows the project has.
  await expect(workbench.page.getByTestId('grid')).toHaveAttribute('data-total-rows', String(total - skipped));
});
