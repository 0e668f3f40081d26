import { test, expect } from '../fixtures/test.ts';
import { EditorPage } from '../pages/editor-page.ts';

// Editor at scale, as a translator uses it on the sample article: find and replace with a regex
// and its one-step undo, the status filter with keyboard moves over visible rows, go to row, and
// the shortcut overlay in both UI languages.

test('regex replace all in the English, then undo restores every row', async ({ workbench }) => {
  const editor = new EditorPage(workbench);
  await workbench.ready();
  await workbench.typeInRow(1, 'In 2019 and 2020');
  await workbench.typeInRow(2, 'Since 2015 the county');
  await workbench.saved();

  await editor.find('(\\d{4})', { regex: true, scope: 'target' });
  await expect(editor.findCount).toContainText('3');
  // Hits are decorations in the visible rows.
  await expect(workbench.editor(1).locator('.find-hit')).toHaveCount(2);
  await editor.findAction('next');
  await expect(workbench.editor(1).locator('.find-hit-current')).toHaveText('2019');

  await editor.replacement('[$1]');
  await editor.findAction('replace-all');
  await expect(workbench.page.getByTestId('find-message')).toContainText('3');
  await expect(workbench.editor(1)).toHaveText('In [2019] and [2020]');
  await expect(workbench.editor(2)).toHaveText('Since [2015] the county');

  await editor.findAction('undo-all');
  await expect(workbench.editor(1)).toHaveText('In 2019 and 2020');
  await expect(workbench.editor(2)).toHaveText('Since 2015 the county');
  // The undo is in the project, not only on screen.
  await workbench.page.reload();
  await workbench.ready();
  await expect(workbench.editor(1)).toHaveText('In 2019 and 2020');
});

test('replace one is an ordinary edit, undone with Ctrl+Z in the row', async ({ workbench }) => {
  const editor = new EditorPage(workbench);
  await workbench.ready();
  await workbench.typeInRow(3, 'the cat and the cat');
  await workbench.saved();
  await editor.find('cat', { scope: 'target' });
  await editor.findAction('next');
  await editor.replacement('lion');
  await editor.findAction('replace-one');
  await expect(workbench.editor(3)).toHaveText('the lion and the cat');
  await workbench.editor(3).click();
  await workbench.page.keyboard.press('Control+z');
  await expect(workbench.editor(3)).toHaveText('the cat and the cat');
});

test('the status filter shows matching rows only and Ctrl+Down moves over visible rows', async ({ workbench }) => {
  const editor = new EditorPage(workbench);
  await workbench.ready();
  await workbench.typeInRow(2, 'Draft two');
  await workbench.typeInRow(4, 'Draft four');
  await workbench.saved();
  await editor.filterStatuses(['draft']);
  await expect.poll(() => editor.rowCounts().then((c) => c.visible)).toBe(2);
  await expect(workbench.rows).toHaveCount(2);
  await expect(workbench.row(2)).toBeVisible();
  await expect(workbench.row(3)).toHaveCount(0);
  await workbench.editor(2).click();
  await workbench.page.keyboard.press('Control+ArrowDown');
  await expect(workbench.editor(4)).toBeFocused();
  await workbench.page.getByTestId('filter-clear').click();
  await expect.poll(() => editor.rowCounts().then((c) => c.visible === c.total)).toBe(true);
});

test('go to row N (Ctrl+G) puts the caret in that row', async ({ workbench }) => {
  const editor = new EditorPage(workbench);
  await workbench.ready();
  const { total } = await editor.rowCounts();
  await workbench.editor(1).click();
  await editor.goToRow(total);
  await expect(workbench.editor(total)).toBeFocused();
  await editor.goToRow(2);
  await expect(workbench.editor(2)).toBeFocused();
});

test('the keyboard help lists every shortcut, in English and in Chinese', async ({ workbench }) => {
  const editor = new EditorPage(workbench);
  await workbench.ready();
  await workbench.editor(1).click();
  await workbench.page.keyboard.press('F1');
  await expect(editor.help).toBeVisible();
  for (const keys of ['Ctrl+Enter', 'Ctrl+↓', 'Ctrl+Z', 'Ctrl+F', 'Ctrl+H', 'Ctrl+G', 'Alt+1 … Alt+9', 'Ctrl+Shift+T', 'Ctrl+Shift+A']) {
    await expect(editor.help.locator('kbd', { hasText: keys }).first()).toBeVisible();
  }
  await expect(editor.help).toContainText('Confirm the row and go to the next unconfirmed row');
  await workbench.page.screenshot({ path: test.info().outputPath('editor-help-en.png') });
  await workbench.page.keyboard.press('Escape');
  await expect(editor.help).toHaveCount(0);

  await workbench.switchLanguage('zh-CN');
  await workbench.editor(1).click();
  await workbench.page.keyboard.press('Control+/');
  await expect(editor.help).toContainText('键盘快捷键');
  await expect(editor.help).toContainText('确认本行并转到下一个未确认行');
  await expect(editor.help.locator('kbd', { hasText: 'Ctrl+G' })).toBeVisible();
  await workbench.page.screenshot({ path: test.info().outputPath('editor-help-zh.png') });
});
