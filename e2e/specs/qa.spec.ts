import { test, expect } from '../fixtures/test.ts';
import { QaPage } from '../pages/qa-page.ts';

// QA on the bundled sample. Row 2 says 全县107个单位2314名干部… ; a translator types 2,341.

const ROW2 =
  '(IV) Cadres: 459 were sent, forming 103 village teams with 103 first secretaries, and 2,341 cadres of 107 units paired with every poor household. ' +
  '12 were recalled, 7 held accountable, 3 struck from the reserve list and 22 warned; units were reported 3 times. ' +
  'Since 2017, 52 of the 94 cadres promoted came from the front line, or 55.3%, and 22 were commended.';

test('a planted number error shows in the panel, jumps to the row with the words selected, and clears when fixed', async ({ workbench }) => {
  test.setTimeout(120_000); // two cores shared by many test runs
  await workbench.ready();
  const qa = new QaPage(workbench);
  await qa.open();
  await qa.askOnConfirm();
  await expect(qa.items(2)).toHaveCount(0);

  await workbench.typeInRow(2, ROW2);
  await workbench.confirm();
  // Confirming checks the row and asks once (the sample's glossary terms are missing too).
  await expect(qa.confirmDialog).toBeVisible();
  await expect(qa.confirmDialog).toContainText('Row 2 has');
  await qa.confirmDialog.getByTestId('qa-confirm-no').click();
  await expect(qa.confirmDialog).toBeHidden();
  expect(await workbench.status(2)).toBe('draft');

  const item = qa.items(2, 'number-mismatch');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Missing from the English: 2,314. Not in the Chinese: 2,341.');
  const before = Number(await qa.count.getAttribute('data-count'));
  expect(before).toBeGreaterThan(0);
  await item.scrollIntoViewIfNeeded();
  await workbench.page.screenshot({ path: 'e2e/screenshots/qa-panel.png' });

  // Click: the row's English gets the focus with the offending number selected.
  await workbench.editor(3).click(); // focus elsewhere first
  await item.getByTestId('qa-jump').click();
  await expect(workbench.editor(2)).toBeFocused();
  await expect.poll(() => workbench.page.evaluate(() => window.getSelection()?.toString())).toBe('2,341');

  // Typing over the selection fixes it: the finding clears at once, the others stay.
  await workbench.page.keyboard.type('2,314');
  await expect(qa.items(2, 'number-mismatch')).toHaveCount(0);
  await expect(qa.count).toHaveAttribute('data-count', String(before - 1));
  await workbench.confirm();
  await qa.confirmDialog.getByTestId('qa-confirm-yes').click();
  await expect.poll(() => workbench.status(2)).toBe('confirmed');
  await workbench.saved();
});

test('the "QA findings" filter shows only rows with findings', async ({ workbench }) => {
  await workbench.ready();
  const qa = new QaPage(workbench);
  await qa.open();
  await workbench.typeInRow(4, 'Main  results');
  await qa.checkNow();
  await expect(qa.items(4, 'double-space')).toHaveCount(1);
  await workbench.page.getByTestId('tab-navigate').click();
  await workbench.page.getByTestId('filter-flag-qa-finding').check();
  await expect(workbench.rows).toHaveCount(1);
  await expect(workbench.row(4)).toBeVisible();
});

test('an ignored finding stays ignored after a restart, and can be restored', async ({ workbench, app }) => {
  test.setTimeout(120_000); // a restart on two shared cores
  await workbench.ready();
  const qa = new QaPage(workbench);
  await qa.open();
  await workbench.typeInRow(4, 'Main  results');
  await qa.checkNow();
  const item = qa.items(4, 'double-space');
  await expect(item).toHaveCount(1);
  await item.getByTestId('qa-ignore').click();
  await expect(qa.items(4)).toHaveCount(0);
  await expect(qa.count).toHaveAttribute('data-count', '0');
  await workbench.saved();

  await app.restart();
  await workbench.ready();
  await qa.open();
  await expect(qa.count).toHaveAttribute('data-count', '0');
  await expect(qa.items(4)).toHaveCount(0);
  await qa.panel.getByTestId('qa-show-ignored').check();
  await expect(qa.items(4, 'double-space')).toHaveAttribute('data-ignored', 'true');
  await qa.items(4, 'double-space').getByTestId('qa-restore').click();
  await expect(qa.items(4, 'double-space')).toHaveAttribute('data-ignored', 'false');
  await expect(qa.count).toHaveAttribute('data-count', '1');
});
