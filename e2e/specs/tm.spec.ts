import { test, expect } from '../fixtures/test.ts';
import { TmPage } from '../pages/tm-page.ts';

// Translation memory: a confirmed row goes into the project's working TM and fills its
// repetitions (undoably); another project that attaches that TM gets the sentence as a match,
// inserted with Ctrl+1; the concordance finds a phrase, also from a selection with Ctrl+K.

const SENTENCE = '林西县驻村工作队推进脱贫攻坚工作，成效显著。';
const ENGLISH = 'The work team made remarkable progress.';

test('confirm, repetitions and undo, then the match in another document, Ctrl+1 and concordance', async ({ workbench }) => {
  test.setTimeout(240_000); // two projects, typing and lookups on a shared CI machine
  const tm = new TmPage(workbench);
  await workbench.ready();
  await tm.createProject('first.txt', [SENTENCE, '这是另一段。', SENTENCE, '第四段。']);

  await workbench.typeInRow(1, ENGLISH);
  await workbench.confirm();
  await expect(tm.repetitions).toContainText('1');
  await expect(workbench.editor(3)).toHaveText(ENGLISH);
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'draft');
  await tm.repetitions.getByTestId('tm-repetitions-undo').click();
  await expect(workbench.editor(3)).toHaveText('');
  await workbench.saved();

  await tm.open();
  const working = await tm.workingTmPath();
  expect(working).toMatch(/\.working\.duizhao-tm$/);

  await tm.createProject('second.txt', ['前言。', SENTENCE]);
  await tm.open();
  await tm.attach(working);
  await workbench.editor(2).click();
  await expect(tm.matches.first()).toBeVisible();
  await expect(tm.matches.first().getByTestId('tm-score')).toHaveText('100%');
  await expect(tm.matches.first()).toContainText(ENGLISH);
  await workbench.page.keyboard.press('Control+1');
  await expect(workbench.editor(2)).toHaveText(ENGLISH);
  await expect(workbench.row(2).getByTestId('tm-badge')).toBeVisible();
  await workbench.saved();
  await tm.panel.screenshot({ path: 'e2e/screenshots/tm-panel.png' });

  await tm.concordance('驻村工作队');
  await expect(tm.panel.getByTestId('tm-concordance-total')).toBeVisible();
  await expect(tm.concordanceHits.first().locator('mark.tm-hit')).toHaveText('驻村工作队');

  await tm.selectInSource(2, '脱贫攻坚');
  await workbench.page.keyboard.press('Control+k');
  await expect(tm.panel.getByTestId('tm-concordance-query')).toHaveValue('脱贫攻坚');
  await expect(tm.concordanceHits.first().locator('mark.tm-hit')).toHaveText('脱贫攻坚');
  await workbench.page.screenshot({ path: '/tmp/tm-grid.png' });
});
