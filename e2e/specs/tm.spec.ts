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

test('a TM import adds its units, a malformed TMX gets a clear error and another language pair a refusal', async ({ workbench }) => {
  test.setTimeout(180_000);
  const tm = new TmPage(workbench);
  await workbench.ready();
  await tm.createProject('tm-import.txt', [SENTENCE]);
  const panel = await tm.open();
  const tmx = (srclang: string, body: string) =>
    Buffer.from(`<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext"/><body>${body}</body></tmx>`);
  const tu = (zh: string, en: string, lang = 'zh-CN') => `<tu><tuv xml:lang="${lang}"><seg>${zh}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;
  const units = Array.from({ length: 3000 }, (_, k) => tu(`第${k}条：${SENTENCE}`, `Item ${k}: ${ENGLISH}`)).join('\n');

  await tm.importFile({ name: 'good.tmx', buffer: tmx('zh-CN', units) });
  await expect(panel.getByTestId('tm-import-summary')).toContainText('3000');
  await expect(panel.getByTestId('tm-list-item').first()).toContainText('3000 units');

  await tm.importFile({ name: 'broken.tmx', buffer: tmx('zh-CN', tu('甲', 'A').replace('</tu>', '')) });
  await expect(panel.getByTestId('error')).toHaveAttribute('data-code', 'tm:errors.malformedTmx');
  await expect(panel.getByTestId('error')).toContainText('line');

  await tm.importFile({ name: 'ja.tmx', buffer: tmx('ja', tu('日本語', 'Japanese', 'ja')) });
  await expect(panel.getByTestId('error')).toHaveAttribute('data-code', 'tm:errors.languagePair');
  await expect(panel.getByTestId('error')).toContainText('ja → en');
  await expect(panel.getByTestId('tm-list-item').first()).toContainText('3000 units');
});
