import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Counts shown by the import-translations report. */
export interface ImportReport {
  readonly updated: number;
  readonly conflicts: number;
  readonly unmatched: number;
}

/**
 * The export feature as a user drives it: the "Export…" dialog (format, options, the saved path
 * and the download link) and the "Import translations…" dialog with its report.
 */
export class ExportPage {
  readonly #page: () => Page;

  constructor(page: () => Page) {
    this.#page = page;
  }

  /** The current page. */
  get page(): Page {
    return this.#page();
  }

  /** The export dialog. */
  get exportDialog(): Locator {
    return this.page.getByTestId('export-dialog');
  }

  /** The import-translations dialog. */
  get importDialog(): Locator {
    return this.page.getByTestId('import-translations-dialog');
  }

  /**
   * Exports in `format` (radio value) through the dialog; resolves with the path the app says it
   * saved to, the file's text as downloaded through the link, and the download's file name.
   */
  async export(format: string, options: { sentence?: boolean } = {}): Promise<{ savedTo: string; text: string; fileName: string }> {
    if (!(await this.exportDialog.isVisible())) await this.page.getByTestId('export-open').click();
    await this.exportDialog.getByTestId(`export-format-${format}`).check();
    if (options.sentence) await this.exportDialog.getByTestId('export-segmentation').selectOption('sentence');
    await this.exportDialog.getByTestId('export-run').click();
    const saved = this.exportDialog.getByTestId('export-saved-to').first();
    await expect(saved).toBeVisible();
    const message = (await saved.textContent()) ?? '';
    const savedTo = message.replace(/^Saved to /, '');
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportDialog.getByTestId('export-download').first().click()]);
    const text = readFileSync(await download.path(), 'utf8');
    return { savedTo, text, fileName: download.suggestedFilename() };
  }

  /** Closes the export dialog. */
  async closeExport(): Promise<void> {
    await this.exportDialog.getByTestId('export-close').click();
    await expect(this.exportDialog).toBeHidden();
  }

  /** Imports `text` as a translation file named `name` and resolves with the report's counts. */
  async importTranslations(name: string, text: string): Promise<ImportReport> {
    await this.page.getByTestId('import-translations-open').click();
    await this.importDialog.getByTestId('import-translations-file').setInputFiles({ name, mimeType: 'application/xliff+xml', buffer: Buffer.from(text, 'utf8') });
    const report = this.importDialog.getByTestId('import-report');
    await expect(report).toBeVisible();
    const count = async (id: string) => Number(await report.getByTestId(id).getAttribute('data-count'));
    return { updated: await count('import-updated'), conflicts: await count('import-conflicts'), unmatched: await count('import-unmatched') };
  }

  /** The conflict rows of the last import report. */
  get conflicts(): Locator {
    return this.importDialog.getByTestId('import-conflict');
  }

  /** Closes the import dialog. */
  async closeImport(): Promise<void> {
    await this.importDialog.getByTestId('import-translations-close').click();
    await expect(this.importDialog).toBeHidden();
  }
}
