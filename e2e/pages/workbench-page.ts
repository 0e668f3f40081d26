import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The workbench as a user sees it: rows of Chinese beside English editors, the toolbar, the
 * language switch. Waits on the app's own signals (data-* on <body>), never on fixed delays.
 */
export class WorkbenchPage {
  readonly #page: () => Page;

  constructor(page: () => Page) {
    this.#page = page;
  }

  /** The current page (it changes when the host restarts). */
  get page(): Page {
    return this.#page();
  }

  /** Resolves once a project is open and its rows are shown. */
  async ready(): Promise<void> {
    await expect(this.page.locator('body[data-app-state="ready"]')).toBeAttached({ timeout: 30_000 });
    await expect(this.rows.first()).toBeVisible();
  }

  /** Resolves once the host acknowledged every edit. */
  async saved(): Promise<void> {
    await expect(this.page.locator('body[data-pending-saves="0"]')).toBeAttached();
  }

  /** All rendered rows. */
  get rows(): Locator {
    return this.page.getByTestId('row');
  }

  /** Row `n` (1-based, as numbered in the UI). */
  row(n: number): Locator {
    return this.page.locator(`[data-testid="row"][data-row="${n}"]`);
  }

  /** The Chinese source cell of row `n`. */
  source(n: number): Locator {
    return this.row(n).locator('.source');
  }

  /** The English editor of row `n`. */
  editor(n: number): Locator {
    return this.row(n).locator('.target .ProseMirror');
  }

  /** Types at the end of row `n`'s English. */
  async typeInRow(n: number, text: string): Promise<void> {
    await this.editor(n).click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text);
  }

  /** Confirms the focused row (Ctrl+Enter). */
  async confirm(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }

  /** The status of row `n` as the UI shows it (new, draft, confirmed). */
  async status(n: number): Promise<string | null> {
    return this.row(n).getAttribute('data-status');
  }

  /** Switches the UI language with the toolbar control. */
  async switchLanguage(language: 'en' | 'zh-CN'): Promise<void> {
    await this.page.getByTestId('ui-language').selectOption(language);
    await expect(this.page.locator(`body[data-ui-language="${language}"]`)).toBeAttached();
  }

  /**
   * Starts a new project from a file through the toolbar and waits for the import preview
   * (`timeout` in ms for long files; the default expect timeout otherwise).
   */
  async importFile(file: { name: string; mimeType: string; buffer: Buffer }, timeout?: number): Promise<Locator> {
    await this.page.getByTestId('file-input').setInputFiles(file);
    const dialog = this.page.getByTestId('import-dialog');
    await expect(this.page.locator('body[data-import-state="preview"], body[data-import-state="error"]')).toBeAttached(timeout === undefined ? {} : { timeout });
    return dialog;
  }
}
