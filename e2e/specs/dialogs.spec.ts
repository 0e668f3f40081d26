import { test, expect } from '../fixtures/test.ts';
import { AnnotationsPage } from '../pages/annotations-page.ts';
import { DialogsPage } from '../pages/dialogs-page.ts';

// Every modal dialog behaves the same (src/ui/components/Dialog.tsx): Escape closes it and the
// focus returns to what opened it. Renaming an annotation category renames it where it is used.

test('Escape closes every dialog and gives the focus back to its button', async ({ workbench }) => {
  const dialogs = new DialogsPage(workbench);
  const page = workbench.page;
  await workbench.ready();
  await dialogs.escapeCloses(page.getByTestId('export-open'), 'export-dialog');
  await dialogs.escapeCloses(page.getByTestId('import-translations-open'), 'import-translations-dialog');
  await dialogs.escapeCloses(page.getByTestId('help-button'), 'help-overlay');
  await dialogs.escapeCloses(page.getByTestId('goto-button'), 'goto-dialog');
  await page.getByTestId('tab-annotations').click();
  await dialogs.escapeCloses(page.getByTestId('edit-tags'), 'tagset-editor');
  await page.getByTestId('tab-glossary').click();
  await dialogs.escapeCloses(page.getByTestId('glossary-add'), 'term-dialog');

  // Tab stays inside an open dialog.
  await page.getByTestId('goto-button').click();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect.poll(() => page.getByTestId('goto-dialog').evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('goto-dialog')).toHaveCount(0);
});

test('renaming a category keeps it on existing annotations and links; links take a note', async ({ workbench }) => {
  const annotations = new AnnotationsPage(workbench);
  const dialogs = new DialogsPage(workbench);
  const page = workbench.page;
  const ROW = 2;
  await workbench.ready();
  await workbench.typeInRow(ROW, 'The county strengthened its teams.');
  await workbench.saved();
  const source = (await annotations.pane(ROW, 'source').textContent())!.slice(4, 8);

  await annotations.select(ROW, 'source', source);
  await page.keyboard.press('Control+Shift+A');
  await page.keyboard.press('1'); // policy term
  await page.keyboard.press('Enter');
  await annotations.select(ROW, 'target', 'strengthened');
  await page.keyboard.press('Control+Shift+A');
  await page.keyboard.press('2'); // metaphor
  await page.keyboard.press('Enter');
  await annotations.openPanel();
  await expect(annotations.items).toHaveCount(2);
  await annotations.items.filter({ hasText: source }).getByTestId('link-start').click();
  await annotations.items.filter({ hasText: 'strengthened' }).getByTestId('link-here').click();
  await expect(annotations.links).toHaveCount(1);
  await expect(annotations.links.getByTestId('link-category')).toHaveValue('translation shift');
  await annotations.links.getByTestId('link-note').fill('verb for a noun phrase');
  await annotations.links.getByTestId('link-note').press('Enter');

  await page.getByTestId('edit-tags').click();
  await expect(dialogs.tagEditor).toBeVisible();
  await dialogs.renameTag('policy term', 'political term');
  await dialogs.renameTag('translation shift', 'shift');
  await expect(dialogs.tagEditor.getByTestId('tag-renamed')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('p2-tag-rename.png') });
  await dialogs.tagEditor.getByTestId('tagset-save').click();
  await expect(dialogs.tagEditor).toHaveCount(0);

  const categories = () => annotations.items.evaluateAll((items) => items.map((item) => item.getAttribute('data-category')).sort());
  await expect.poll(categories).toEqual(['metaphor', 'political term']);
  await expect(annotations.links.getByTestId('link-category')).toHaveValue('shift');

  // Stored, not just shown.
  await page.reload();
  await workbench.ready();
  await annotations.openPanel();
  await expect.poll(categories).toEqual(['metaphor', 'political term']);
  await expect(annotations.links.getByTestId('link-category')).toHaveValue('shift');
  await expect(annotations.links.getByTestId('link-note')).toHaveValue('verb for a noun phrase');
});

test('replace all that removes an annotated quote lists the annotation as orphaned at once', async ({ workbench }) => {
  const annotations = new AnnotationsPage(workbench);
  const page = workbench.page;
  const ROW = 2;
  await workbench.ready();
  await workbench.typeInRow(ROW, 'The county strengthened its teams.');
  await workbench.saved();
  await annotations.select(ROW, 'target', 'strengthened');
  await page.keyboard.press('Control+Shift+A');
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await annotations.openPanel();
  await expect(annotations.items).toHaveCount(1);
  // Far from the row, so its editor is unmounted and cannot re-find the span itself: the panel
  // must learn about the orphan from the host.
  await page.getByTestId('goto-button').click();
  const label = await page.getByTestId('goto-dialog').locator('label').textContent();
  const last = Math.max(...(label ?? '').split(/\D+/u).filter(Boolean).map(Number));
  await page.getByTestId('goto-input').fill(String(last));
  await page.keyboard.press('Enter');
  await expect(workbench.row(ROW)).toHaveCount(0);

  await page.getByTestId('tab-find').click();
  await page.getByTestId('find-query').fill('strengthened its');
  await page.getByTestId('find-replacement').fill('built up its');
  await expect(page.getByTestId('find-replace-all')).toBeEnabled();
  await page.getByTestId('find-replace-all').click();
  await expect(page.getByTestId('find-message')).toBeVisible();

  await annotations.openPanel();
  await expect(annotations.orphans).toHaveCount(1);
  await expect(annotations.items).toHaveCount(0);
});
