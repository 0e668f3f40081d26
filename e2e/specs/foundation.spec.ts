import { test, expect } from '../fixtures/test.ts';

// The app foundation, as a translator uses it: the sample opens, typing is kept through reloads,
// restarts and a hard kill, and the UI speaks English or Chinese.

test('first start shows the sample article: Chinese beside editable English', async ({ workbench }) => {
  await workbench.ready();
  expect(await workbench.rows.count()).toBeGreaterThan(5);
  await expect(workbench.source(1)).toHaveAttribute('lang', 'zh-Hans');
  await expect(workbench.page.locator('.source').filter({ hasText: '脱贫攻坚' }).first()).toBeVisible();
  await expect(workbench.editor(1)).toHaveAttribute('contenteditable', 'true');
  await expect(workbench.editor(1)).toHaveAttribute('lang', 'en');
  await expect(workbench.page.locator('.is-heading').first()).toBeVisible();
});

test('typing and Ctrl+Enter in row 3 survive a reload and a server restart', async ({ workbench, app }) => {
  await workbench.ready();
  await workbench.typeInRow(3, 'Linxi County pressed ahead.');
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'draft');
  await workbench.confirm();
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'confirmed');
  // Ctrl+Enter moves on to the next unconfirmed row.
  await expect(workbench.editor(4)).toBeFocused();
  await workbench.saved();
  await expect(workbench.page.getByTestId('progress-text')).toContainText('1 /');

  await workbench.page.reload();
  await workbench.ready();
  await expect(workbench.editor(3)).toHaveText('Linxi County pressed ahead.');
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'confirmed');

  await app.restart();
  await workbench.ready();
  await expect(workbench.editor(3)).toHaveText('Linxi County pressed ahead.');
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'confirmed');
});

test('typing survives kill -9 of the host one second after typing stops', async ({ workbench, app }) => {
  await workbench.ready();
  await workbench.typeInRow(2, 'Typed just before the crash');
  // The scenario itself: the host dies one second after the last keystroke, whatever the UI did.
  await workbench.page.waitForTimeout(1_000);
  await app.crashAndRestart();
  await workbench.ready();
  await expect(workbench.editor(2)).toHaveText('Typed just before the crash');
  await expect(workbench.row(2)).toHaveAttribute('data-status', 'draft');
});

test('Ctrl+Down and Ctrl+Up move between rows; undo is per editor', async ({ workbench }) => {
  await workbench.ready();
  await workbench.typeInRow(1, 'one');
  await workbench.page.keyboard.press('Control+ArrowDown');
  await expect(workbench.editor(2)).toBeFocused();
  await workbench.page.keyboard.type('two');
  await workbench.page.keyboard.press('Control+z');
  await expect(workbench.editor(2)).toHaveText('');
  await expect(workbench.editor(1)).toHaveText('one');
  await workbench.page.keyboard.press('Control+ArrowUp');
  await expect(workbench.editor(1)).toBeFocused();
});

test('an open IME composition never triggers Ctrl+Enter', async ({ workbench }) => {
  await workbench.ready();
  await workbench.editor(5).click();
  const cdp = await workbench.page.context().newCDPSession(workbench.page);
  await cdp.send('Input.imeSetComposition', { text: 'ni', selectionStart: 2, selectionEnd: 2 });
  // The composition is really open: its text is in the editor, uncommitted.
  await expect(workbench.editor(5)).toContainText('ni');
  await workbench.page.keyboard.press('Control+Enter');
  await expect(workbench.row(5)).not.toHaveAttribute('data-status', 'confirmed');
  await expect(workbench.editor(5)).toBeFocused();
  await cdp.send('Input.insertText', { text: '你' });
  await expect(workbench.editor(5)).toContainText('你');
  // Once the composition is committed, the same keys confirm the row.
  await workbench.page.keyboard.press('Control+Enter');
  await expect(workbench.row(5)).toHaveAttribute('data-status', 'confirmed');
});

test('the UI switches to 简体中文 and remembers it', async ({ workbench }) => {
  await workbench.ready();
  await expect(workbench.page.getByTestId('new-from-file')).toHaveText('New project from file…');
  await workbench.switchLanguage('zh-CN');
  await expect(workbench.page.getByTestId('new-from-file')).toHaveText('从文件新建项目…');
  await expect(workbench.row(1).locator('.status')).toHaveText('未译');
  // Hints inside editors that were already mounted follow the switch too.
  await expect(workbench.row(1).locator('.target .is-empty')).toHaveAttribute('data-placeholder', '输入英文译文…');
  await expect(workbench.page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await workbench.page.reload();
  await workbench.ready();
  await expect(workbench.page.getByTestId('new-from-file')).toHaveText('从文件新建项目…');
});

test('a new project from a plain-text file shows a preview, then opens', async ({ workbench }) => {
  await workbench.ready();
  const text = '第一段文字，讲林西县。\n\n第二段文字，讲脱贫攻坚。\n';
  const dialog = await workbench.importFile({ name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(dialog.getByTestId('import-blocks').locator('li')).toHaveCount(2);
  await dialog.getByTestId('import-create').click();
  await expect(workbench.page.locator('body[data-import-state="created"]')).toBeAttached();
  await workbench.ready();
  await expect(workbench.rows).toHaveCount(2);
  await expect(workbench.source(2)).toHaveText('第二段文字，讲脱贫攻坚。');
});

test('a binary file gets a clear, translated error and no project', async ({ workbench }) => {
  await workbench.ready();
  const dialog = await workbench.importFile({ name: 'junk.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 255, 0, 17, 0, 0, 200]) });
  const error = dialog.getByTestId('error');
  await expect(error).toBeVisible();
  await expect(error).not.toHaveText(/errors\./);
  await expect(dialog.getByTestId('import-create')).toBeDisabled();
});
