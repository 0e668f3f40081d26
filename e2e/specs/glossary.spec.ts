import { test, expect } from '../fixtures/test.ts';
import { GlossaryPage } from '../pages/glossary-page.ts';

// The glossary as a translator uses it on the bundled sample, which ships with a starter glossary:
// terms light up in the Chinese, a hover card offers their translations, a click or Alt+n inserts
// one, new terms can be added from a selection, and term QA follows typing.

test('the sample highlights terms and the hover card shows their translations', async ({ workbench }) => {
  await workbench.ready();
  const glossary = new GlossaryPage(workbench);
  await expect(glossary.hit(5, '林西县')).toHaveCount(1);
  await expect(glossary.hit(5, '脱贫攻坚')).toHaveCount(3);
  // Longest match: 党建联合体 is one hit, not 党建 + 联合体.
  await expect(glossary.hit(1, '党建联合体')).toHaveCount(1);

  const card = await glossary.hover(5, '脱贫攻坚');
  await expect(card).toContainText('脱贫攻坚');
  await expect(card.getByTestId('term-insert')).toContainText(['poverty alleviation', 'the fight against poverty']);
  await expect(card).toContainText('Alt+2');
  await workbench.page.screenshot({ path: test.info().outputPath('glossary-card.png') });
});

test('clicking a translation and Alt+1 insert at the caret of the row’s English', async ({ workbench }) => {
  await workbench.ready();
  const glossary = new GlossaryPage(workbench);
  const card = await glossary.hover(5, '脱贫攻坚');
  await card.getByTestId('term-insert').filter({ hasText: 'the fight against poverty' }).click();
  await expect(card).toBeHidden();
  await expect(workbench.editor(5)).toHaveText('the fight against poverty');
  await expect(workbench.editor(5)).toBeFocused();

  // Alt+1 is the first translation of the row's first term (林西县 → Linxi County).
  await workbench.page.keyboard.press('End');
  await workbench.page.keyboard.type(' in');
  await workbench.page.keyboard.press('Alt+1');
  await expect(workbench.editor(5)).toHaveText('the fight against poverty in Linxi County');
  await workbench.page.screenshot({ path: test.info().outputPath('glossary-insert.png') });
  await workbench.saved();
});

test('a term added from a selection in the source persists across a restart', async ({ workbench, app }) => {
  await workbench.ready();
  const glossary = new GlossaryPage(workbench);
  await expect(glossary.hits(4)).toHaveCount(0);
  await glossary.selectInSource(4, '主要成效');
  await workbench.page.keyboard.press('Control+Shift+T');
  await expect(glossary.dialog).toBeVisible();
  await expect(glossary.dialog.getByTestId('term-source')).toHaveValue('主要成效');
  await glossary.dialog.getByTestId('term-targets').fill('main results; key outcomes');
  await glossary.dialog.getByTestId('term-note').fill('Section heading');
  await glossary.dialog.getByTestId('term-save').click();
  await expect(glossary.dialog).toBeHidden();
  await expect(glossary.hit(4, '主要成效')).toHaveCount(1);

  await app.restart();
  await workbench.ready();
  await expect(glossary.hit(4, '主要成效')).toHaveCount(1);
  const card = await glossary.hover(4, '主要成效');
  await expect(card.getByTestId('term-insert')).toHaveText(['main results', 'key outcomes']);
  const panel = await glossary.openPanel();
  await panel.getByTestId('glossary-search').fill('key outcomes');
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);
  await expect(panel.getByTestId('glossary-entry')).toContainText('主要成效');
});

test('term QA flags a missing translation on confirm and clears as soon as it is fixed', async ({ workbench }) => {
  await workbench.ready();
  const glossary = new GlossaryPage(workbench);
  await expect(glossary.findings(5)).toHaveCount(0); // no English yet: nothing to check
  await workbench.typeInRow(5, 'Linxi County pressed on.');
  // Checked on confirm (and with "Check now"), not on every half-typed keystroke.
  await expect(glossary.findings(5)).toHaveCount(0);
  await workbench.confirm();
  const missing = glossary.findings(5).filter({ hasText: '脱贫攻坚' });
  await expect(missing).toHaveCount(1);
  await expect(missing).toHaveAttribute('data-check', 'term-missing');
  await expect(glossary.findings(5).filter({ hasText: '林西县' })).toHaveCount(0);

  const panel = await glossary.openPanel();
  await panel.getByTestId('glossary-open-qa').click();
  const qaPanel = workbench.page.getByTestId('qa-panel');
  await expect(qaPanel.locator('[data-testid="qa-item"][data-check="term-missing"]').filter({ hasText: '脱贫攻坚' })).toHaveCount(1);
  await workbench.page.screenshot({ path: test.info().outputPath('glossary-qa.png') });

  await workbench.typeInRow(5, ' Poverty alleviation worked.');
  await expect(missing).toHaveCount(0);
  await expect(qaPanel.locator('[data-testid="qa-item"][data-check="term-missing"]').filter({ hasText: '脱贫攻坚' })).toHaveCount(0);
});

test('with traditional = simplified turned on, a simplified term is found in traditional text', async ({ workbench }) => {
  await workbench.ready();
  const dialog = await workbench.importFile({ name: 'trad.txt', mimeType: 'text/plain', buffer: Buffer.from('林西縣推進脫貧攻堅，成效顯著。\n') });
  await dialog.getByTestId('import-create').click();
  await expect(workbench.page.locator('body[data-import-state="created"]')).toBeAttached();
  await workbench.ready();
  const glossary = new GlossaryPage(workbench);
  const panel = await glossary.openPanel();
  await panel.getByTestId('glossary-add').click();
  await glossary.dialog.getByTestId('term-source').fill('脱贫攻坚');
  await glossary.dialog.getByTestId('term-targets').fill('poverty alleviation');
  await glossary.dialog.getByTestId('term-save').click();
  await expect(panel.getByTestId('glossary-entry')).toHaveCount(1);
  // Off by default: the traditional spelling is not a hit.
  await expect(glossary.hits(1)).toHaveCount(0);
  await panel.getByTestId('glossary-settings').locator('summary').click();
  await panel.getByTestId('glossary-traditional').check();
  await expect(glossary.hit(1, '脫貧攻堅')).toHaveCount(1);
});
