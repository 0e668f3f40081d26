import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from '../fixtures/test.ts';
import { ExportPage } from '../pages/export-page.ts';

// Export and re-import of parallel text, as a translator does it: export from the dialog, have the
// file edited elsewhere, import it back, and see the new English in the grid with a clear report.

test('export TMX from the dialog: the file is saved in the workspace and offered as a download', async ({ workbench, workspace }) => {
  const exporter = new ExportPage(() => workbench.page);
  await workbench.ready();
  await workbench.typeInRow(3, 'Linxi County <pressed> ahead & on.');
  await workbench.saved();

  const tmx = await exporter.export('tmx');
  expect(tmx.savedTo.startsWith(workspace)).toBe(true);
  expect(tmx.savedTo).toMatch(/[/\\]exports[/\\].+\.tmx$/);
  expect(tmx.fileName).toMatch(/\.tmx$/);
  expect(existsSync(tmx.savedTo)).toBe(true);
  expect(readFileSync(tmx.savedTo, 'utf8')).toBe(tmx.text);
  expect(tmx.text).toContain('<seg>Linxi County &lt;pressed&gt; ahead &amp; on.</seg>');

  // A second export never overwrites the first.
  const again = await exporter.export('tmx', { sentence: true });
  expect(again.savedTo).not.toBe(tmx.savedTo);
  expect(again.text).toContain('segtype="sentence"');
  await workbench.page.screenshot({ path: test.info().outputPath('export-helper-export.png') });
  await exporter.closeExport();
});

test('import an edited XLIFF through the dialog: rows show the new English, conflicts are listed', async ({ workbench }) => {
  const exporter = new ExportPage(() => workbench.page);
  await workbench.ready();
  await workbench.typeInRow(3, 'Linxi County pressed ahead.');
  await workbench.typeInRow(5, 'Row five.');
  await workbench.saved();
  const { text } = await exporter.export('xliff12');
  await exporter.closeExport();

  // Meanwhile row 5 is edited in Duizhao: the file's row 5 must then not overwrite it.
  await workbench.typeInRow(5, ' Edited here.');
  await workbench.saved();
  const edited = text
    .replace('>Linxi County pressed ahead.</target>', '>Linxi County forged ahead 𠮷.</target>')
    .replace('>Row five.</target>', '>Row five from the file.</target>')
    .replace('</body>', '<trans-unit id="x1"><source>没有这一段</source><target>Nowhere</target></trans-unit></body>');
  expect(edited).toContain('forged ahead');
  expect(edited).toContain('Row five from the file.');

  const report = await exporter.importTranslations('edited.xlf', edited);
  expect(report).toEqual({ updated: 1, conflicts: 1, unmatched: 1 });
  await expect(exporter.conflicts).toHaveCount(1);
  await expect(exporter.conflicts.first()).toContainText('Row five. Edited here.');
  await expect(exporter.conflicts.first()).toContainText('Row five from the file.');
  await workbench.page.screenshot({ path: test.info().outputPath('export-helper-import.png') });
  await exporter.closeImport();

  // The mounted editor shows the imported English at once, without a save of its own and
  // without an undo step that would bring the old text back.
  await expect(workbench.editor(3)).toHaveText('Linxi County forged ahead 𠮷.');
  await expect(workbench.row(3)).toHaveAttribute('data-status', 'draft');
  await expect(workbench.editor(5)).toHaveText('Row five. Edited here.');
  await workbench.editor(3).click();
  await workbench.page.keyboard.press('Control+z');
  await expect(workbench.editor(3)).toHaveText('Linxi County forged ahead 𠮷.');

  await workbench.page.reload();
  await workbench.ready();
  await expect(workbench.editor(3)).toHaveText('Linxi County forged ahead 𠮷.');
  await expect(workbench.editor(5)).toHaveText('Row five. Edited here.');
});

test('a file that is not XLIFF or TMX is refused with a message in the dialog', async ({ workbench }) => {
  const exporter = new ExportPage(() => workbench.page);
  await workbench.ready();
  await workbench.page.getByTestId('import-translations-open').click();
  await exporter.importDialog.getByTestId('import-translations-file').setInputFiles({ name: 'x.xlf', mimeType: 'text/xml', buffer: Buffer.from('<html/>') });
  await expect(exporter.importDialog.getByTestId('error')).toHaveAttribute('data-code', 'export:errors.notXliff');
  await expect(exporter.importDialog.getByTestId('error')).toContainText('This is not an XLIFF file');
});
