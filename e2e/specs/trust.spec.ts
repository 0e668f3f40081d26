import { test, expect } from '../fixtures/test.ts';
import { AnnotationsPage } from '../pages/annotations-page.ts';
import { GlossaryPage } from '../pages/glossary-page.ts';
import { TrustPage } from '../pages/trust-page.ts';
import { ExportPage } from '../pages/export-page.ts';

// Daily-use trust (issue 15): keystrokes land only where the user looks, nothing is deleted without
// Undo, and the main views pass an accessibility audit in both UI languages.

const ROW = 5; // 林西县在推进脱贫攻坚过程中，…
const ENGLISH = 'Linxi County pressed ahead with poverty alleviation.';

test('Tab never leaves the annotate popup: a note typed after nine Tabs lands in the note, no row changes', async ({ workbench }) => {
  const annotations = new AnnotationsPage(workbench);
  await workbench.ready();
  await workbench.typeInRow(ROW, ENGLISH);
  await workbench.confirm();
  await workbench.saved();
  await expect.poll(() => workbench.status(ROW)).toBe('confirmed');
  const rowsBefore = await workbench.page.locator('.target .ProseMirror').allTextContents();

  await annotations.select(ROW, 'source', '脱贫攻坚');
  await workbench.page.keyboard.press('Control+Shift+A');
  await expect(annotations.popup).toBeVisible();
  // The category group is one tab stop: arrows move the choice inside it.
  const checked = annotations.popup.locator('[role="radio"][aria-checked="true"]');
  const first = await checked.getAttribute('data-tag');
  await workbench.page.keyboard.press('ArrowRight');
  await expect(checked).not.toHaveAttribute('data-tag', first ?? '');
  await expect(checked).toBeFocused();

  for (let i = 0; i < 9; i++) await workbench.page.keyboard.press('Tab');
  await expect.poll(() => annotations.popup.evaluate((popup) => popup.contains(document.activeElement))).toBe(true);
  await annotations.popup.getByTestId('annotate-note').focus();
  await workbench.page.keyboard.type('a note that stays in the note');
  await expect(annotations.popup.getByTestId('annotate-note')).toHaveValue('a note that stays in the note');
  await workbench.page.keyboard.press('Control+Enter');
  await expect(annotations.popup).toHaveCount(0);

  await workbench.saved();
  expect(await workbench.page.locator('.target .ProseMirror').allTextContents()).toEqual(rowsBefore);
  expect(await workbench.status(ROW)).toBe('confirmed');
  await annotations.openPanel();
  await expect(annotations.items.filter({ hasText: '脱贫攻坚' })).toContainText('a note that stays in the note');
});

test('Tab from the last control cycles to the first, and Escape returns the focus to the pane it came from', async ({ workbench }) => {
  const annotations = new AnnotationsPage(workbench);
  await workbench.ready();
  await annotations.select(ROW, 'source', '脱贫攻坚');
  await workbench.page.keyboard.press('Control+Shift+A');
  await expect(annotations.popup).toBeVisible();
  for (let i = 0; i < 25; i++) {
    await workbench.page.keyboard.press(i % 3 === 0 ? 'Shift+Tab' : 'Tab');
    expect(await annotations.popup.evaluate((popup) => popup.contains(document.activeElement))).toBe(true);
  }
  await workbench.page.keyboard.press('Escape');
  await expect(annotations.popup).toHaveCount(0);
  await expect(annotations.pane(ROW, 'source')).toBeFocused();
});

test('a deleted glossary entry, annotation and its link come back with Undo, with their ids', async ({ workbench }) => {
  const trust = new TrustPage(workbench);
  const glossary = new GlossaryPage(workbench);
  const annotations = new AnnotationsPage(workbench);
  await workbench.ready();

  const panel = await glossary.openPanel();
  const entries = panel.getByTestId('glossary-entry');
  const before = await entries.count();
  const firstId = await entries.first().getAttribute('data-entry-id');
  await entries.first().getByTestId('glossary-delete').click();
  await expect(entries).toHaveCount(before - 1);
  await expect(trust.toasts.last()).toBeVisible();
  await trust.undoLast();
  await expect(entries).toHaveCount(before);
  await expect(panel.locator(`[data-entry-id="${firstId}"]`)).toHaveCount(1);

  // An annotation with a link: both come back.
  await workbench.typeInRow(ROW, ENGLISH);
  await workbench.saved();
  await annotations.select(ROW, 'source', '脱贫攻坚');
  await workbench.page.keyboard.press('Control+Shift+A');
  await workbench.page.keyboard.press('Control+Enter');
  await annotations.select(ROW, 'target', 'pressed ahead');
  await workbench.page.keyboard.press('Control+Shift+A');
  await workbench.page.keyboard.press('Control+Enter');
  await annotations.openPanel();
  await expect(annotations.items).toHaveCount(2);
  await annotations.items.filter({ hasText: '脱贫攻坚' }).getByTestId('link-start').click();
  await annotations.items.filter({ hasText: 'pressed ahead' }).getByTestId('link-here').click();
  await expect(annotations.links).toHaveCount(1);
  const session = (await annotations.callHost('getSession', {})) as { project: { documents: { id: number }[] } };
  const documentId = session.project.documents[0]!.id;
  const ids = async () => (await annotations.callHost('listAnnotations', { documentId })) as { annotations: { id: string }[]; links: { id: string }[] };
  const stored = await ids();

  await annotations.items.filter({ hasText: '脱贫攻坚' }).getByTestId('delete').click();
  await expect(annotations.items).toHaveCount(1);
  await expect(annotations.links).toHaveCount(0);
  await trust.undoLast();
  await expect(annotations.items).toHaveCount(2);
  await expect(annotations.links).toHaveCount(1);
  const restored = await ids();
  expect(restored.annotations.map((a) => a.id).sort()).toEqual(stored.annotations.map((a) => a.id).sort());
  expect(restored.links.map((l) => l.id)).toEqual(stored.links.map((l) => l.id));
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`axe-core finds no serious or critical problem in the main views (${language})`, async ({ workbench }) => {
    // Four full audits of a page with hundreds of nodes: allowed three times the usual time.
    test.slow();
    const trust = new TrustPage(workbench);
    const annotations = new AnnotationsPage(workbench);
    await workbench.ready();
    if (language === 'zh-CN') await workbench.switchLanguage('zh-CN');
    expect(await trust.seriousProblems(), 'workbench').toEqual([]);

    await annotations.select(ROW, 'source', '脱贫攻坚');
    await workbench.page.keyboard.press('Control+Shift+A');
    await expect(annotations.popup).toBeVisible();
    expect(await trust.seriousProblems('[data-testid="annotate-popup"]'), 'annotate popup').toEqual([]);
    await workbench.page.keyboard.press('Escape');

    const exporting = new ExportPage(() => workbench.page);
    await workbench.page.getByTestId('export-open').click();
    await expect(exporting.exportDialog).toBeVisible();
    expect(await trust.seriousProblems('[data-testid="export-dialog"]'), 'export dialog').toEqual([]);
    await exporting.closeExport();

    const dialog = await workbench.importFile({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('第一段。\n\n第二段。\n') });
    await expect(dialog).toBeVisible();
    expect(await trust.seriousProblems('[data-testid="import-dialog"]'), 'import dialog').toEqual([]);
  });
}

test('history shows word-level changes and says when only the status changed', async ({ workbench }) => {
  await workbench.ready();
  await workbench.typeInRow(ROW, 'Linxi County pressed ahead.');
  await workbench.saved();
  await workbench.confirm();
  await workbench.saved();
  await expect.poll(() => workbench.status(ROW)).toBe('confirmed');
  await workbench.editor(ROW).click();
  await workbench.page.keyboard.press('End');
  await workbench.page.keyboard.type(' It worked.');
  await workbench.saved();

  await workbench.page.getByTestId('tab-history').click();
  const panel = workbench.page.getByTestId('history-panel');
  await expect(panel.getByTestId('history-current').getByTestId('diff-ins')).toHaveText(' It worked.');
  await expect(panel.getByTestId('history-status-only')).toHaveCount(1);
  await expect(panel.getByTestId('history-status-only')).toContainText('Draft → Confirmed');
});

test('side-panel tabs follow the ARIA tabs pattern: one Tab stop, arrows switch', async ({ workbench }) => {
  await workbench.ready();
  const tabs = workbench.page.getByRole('tablist').getByRole('tab');
  await tabs.first().click();
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await workbench.page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(workbench.page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', (await tabs.nth(1).getAttribute('id')) ?? '');
  await workbench.page.keyboard.press('ArrowLeft');
  await expect(tabs.first()).toBeFocused();
  expect(await tabs.evaluateAll((all) => all.filter((tab) => tab.getAttribute('tabindex') === '0').length)).toBe(1);
});

test('Ctrl+Shift+A and Ctrl+Shift+T with nothing selected say so; Ctrl+Shift+T on selected English captures the pair', async ({ workbench }) => {
  const trust = new TrustPage(workbench);
  const annotations = new AnnotationsPage(workbench);
  const glossary = new GlossaryPage(workbench);
  await workbench.ready();
  await workbench.typeInRow(ROW, ENGLISH);
  await workbench.saved();
  await workbench.page.keyboard.press('Control+Shift+A');
  await expect(annotations.popup).toHaveCount(0);
  await expect(trust.toasts.last()).toContainText('Ctrl+Shift+A');
  await workbench.page.keyboard.press('Control+Shift+T');
  await expect(glossary.dialog).toHaveCount(0);
  await expect(trust.toasts.last()).toContainText('Ctrl+Shift+T');

  await annotations.select(ROW, 'source', '脱贫攻坚');
  await annotations.select(ROW, 'target', 'poverty alleviation');
  await workbench.page.keyboard.press('Control+Shift+T');
  await expect(glossary.dialog).toBeVisible();
  await expect(glossary.dialog.getByRole('textbox').nth(0)).toHaveValue('脱贫攻坚');
  await expect(glossary.dialog.getByRole('textbox').nth(1)).toHaveValue('poverty alleviation');
});
