import { test, expect } from '../fixtures/test.ts';
import { SegmentsPage } from '../pages/segments-page.ts';
import { AnnotationsPage } from '../pages/annotations-page.ts';

// Segments are the unit of work (issue #10): the sentence view shows one row per segment inside
// each paragraph; confirming, splitting and merging are keyboard commands; the paragraph view
// shows the joined English; everything survives a reload.

test('translate, confirm, split and merge sentence by sentence; paragraph view; annotations; reload', async ({ workbench }) => {
  const seg = new SegmentsPage(workbench);
  const annotations = new AnnotationsPage(workbench);
  const page = workbench.page;
  await workbench.ready();
  await expect(page.getByTestId('grid')).toHaveAttribute('data-view-mode', 'sentence');
  await page.setViewportSize({ width: 1440, height: 900 });
  const inView = await seg.segmentRowsInView();
  expect(inView).toBeGreaterThanOrEqual(12);

  // Row 2 of the sample holds several sentences.
  const row = 2;
  await workbench.editor(row).click();
  const total = await seg.count(row);
  expect(total).toBeGreaterThanOrEqual(4);

  // Translate and confirm three sentences with the keyboard: Ctrl+Enter moves to the next one.
  await seg.caretInTarget(row, 0);
  for (const text of ['First.', 'Second.', 'Third.']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
  }
  await expect.poll(() => seg.statuses(row)).toEqual(['confirmed', 'confirmed', 'confirmed', ...Array(total - 3).fill('new')]);
  expect((await seg.texts(row)).slice(0, 3)).toEqual(['First.', 'Second.', 'Third.']);

  // Ctrl+Enter on the empty fourth segment does not confirm it, and says why.
  await page.keyboard.press('Control+Enter');
  await expect(seg.notice).toHaveAttribute('data-notice', 'emptyNotConfirmed');
  expect((await seg.statuses(row))[3]).toBe('new');

  // Split the first segment at the cursor in its Chinese (memoQ's Ctrl+T; Alt+Shift+S where the browser keeps Ctrl+T), then merge it back (Ctrl+J).
  const firstChinese = await seg.sources(row).nth(0).textContent();
  await seg.caretInSource(row, 0, 3);
  await page.keyboard.press('Alt+Shift+S');
  await expect.poll(() => seg.count(row)).toBe(total + 1);
  expect((await seg.texts(row)).slice(0, 2)).toEqual(['First.', '']);
  expect(await seg.sources(row).nth(0).textContent()).toBe(firstChinese!.slice(0, 3));
  await seg.caretInSource(row, 0, 1);
  await page.keyboard.press('Alt+Shift+J');
  await expect.poll(() => seg.count(row)).toBe(total);
  expect(await seg.sources(row).nth(0).textContent()).toBe(firstChinese);
  expect((await seg.texts(row)).slice(0, 3)).toEqual(['First.', 'Second.', 'Third.']);
  // A merge with an unconfirmed (empty) segment needs a fresh confirmation: it covers more Chinese now.
  expect((await seg.statuses(row))[0]).toBe('draft');
  await seg.caretInTarget(row, 0);
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await seg.statuses(row))[0]).toBe('confirmed');

  // Annotate a span of the Chinese across the first two segments.
  const s0 = firstChinese!;
  const s1 = (await seg.sources(row).nth(1).textContent())!;
  const across = s0.slice(-2) + s1.slice(0, 2);
  await annotations.select(row, 'source', across);
  await page.getByTestId('annotate-button').click();
  await annotations.popup.getByTestId('annotate-save').click();
  await expect.poll(() => annotations.highlightTexts(row, 'source')).toEqual([across]);

  // The paragraph view shows the joined English.
  await workbench.saved();
  await seg.view('paragraph');
  await expect.poll(() => seg.shownParagraph(row)).toBe('First. Second. Third.');

  // Reload: segments, statuses, English, the view and the annotation are kept.
  await page.reload();
  await workbench.ready();
  await expect(page.getByTestId('grid')).toHaveAttribute('data-view-mode', 'paragraph');
  await seg.view('sentence');
  await workbench.editor(row).click();
  await expect.poll(() => seg.statuses(row)).toEqual(['confirmed', 'confirmed', 'confirmed', ...Array(total - 3).fill('new')]);
  expect((await seg.texts(row)).slice(0, 3)).toEqual(['First.', 'Second.', 'Third.']);
  await expect.poll(() => annotations.highlightTexts(row, 'source')).toEqual([across]);
  await page.screenshot({ path: '/tmp/segments-sentence-view.png' });
});

test('undo after scrolling a row away and back; undo back to the confirmed text restores confirmed', async ({ workbench }) => {
  const seg = new SegmentsPage(workbench);
  const page = workbench.page;
  await workbench.ready();
  const row = 2;
  await workbench.editor(row).click();
  await seg.caretInTarget(row, 0);
  await page.keyboard.type('Kept.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await seg.statuses(row))[0]).toBe('confirmed');
  // Editing a confirmed segment makes it a draft; undo brings back the text and the confirmation.
  await seg.caretInTarget(row, 0);
  await page.keyboard.type(' More');
  await expect.poll(async () => (await seg.statuses(row))[0]).toBe('draft');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await seg.texts(row))[0]).toBe('Kept.');
  await expect.poll(async () => (await seg.statuses(row))[0]).toBe('confirmed');

  // Type in the second segment, scroll the row far away (it unmounts) and back, then undo.
  await seg.caretInTarget(row, 1);
  await page.keyboard.type('Scrolled');
  await workbench.saved();
  const grid = page.getByTestId('grid');
  await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(workbench.row(row)).toHaveCount(0);
  await grid.evaluate((el) => (el.scrollTop = 0));
  await expect(workbench.row(row)).toHaveCount(1);
  await seg.caretInTarget(row, 1);
  await expect.poll(async () => (await seg.texts(row))[1]).toBe('Scrolled');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await seg.texts(row))[1]).toBe('');
});
