import { test, expect } from '../fixtures/test.ts';
import { SentencesPage } from '../pages/sentences-page.ts';

// The Chinese of every block is split into sentences at import and the split is stored with the
// block; the grid marks the boundaries faintly, never changing the text.

test('sentence boundaries are marked in the Chinese pane, in static rows and editors alike', async ({ workbench }) => {
  const sentences = new SentencesPage(workbench);
  await workbench.ready();
  let row = 0;
  for (let n = 1; n <= 12 && row === 0; n++) if ((await sentences.ends(n).count()) > 0) row = n;
  expect(row).toBeGreaterThan(0);
  const text = await sentences.sourceText(row);
  const ends = await sentences.endTexts(row);
  for (const end of ends) expect(end).toMatch(/[。！？…⋯”’」』）】》]$/u);
  expect(ends).not.toContain('，');

  // Turning the row into editors keeps the same marks over the same text.
  await workbench.editor(row).click();
  await expect(workbench.source(row).locator('.ProseMirror')).toBeAttached();
  await expect.poll(() => sentences.endTexts(row)).toEqual(ends);
  expect(await sentences.sourceText(row)).toBe(text);
  await workbench.source(row).screenshot({ path: test.info().outputPath('sentences-row.png') });
  await workbench.page.screenshot({ path: test.info().outputPath('sentences-grid.png') });
});
