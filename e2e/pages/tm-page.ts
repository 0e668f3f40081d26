import { expect, type Locator } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/** The translation-memory side panel, its project-bar report and the import dialog steps it needs. */
export class TmPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get #page() {
    return this.#workbench.page;
  }

  /** Creates a project from a plain-text file (paragraphs separated by blank lines) and waits for its rows. */
  async createProject(name: string, paragraphs: readonly string[]): Promise<void> {
    const dialog = await this.#workbench.importFile({ name, mimeType: 'text/plain', buffer: Buffer.from(paragraphs.join('\n\n'), 'utf8') });
    await dialog.getByTestId('import-create').click();
    await expect(dialog).toHaveCount(0);
    await this.#workbench.ready();
    await expect(this.#workbench.source(1)).toContainText(paragraphs[0]!);
  }

  /** Brings the TM tab to the front. */
  async open(): Promise<Locator> {
    await this.#page.getByTestId('tab-tm').click();
    return this.panel;
  }

  get panel(): Locator {
    return this.#page.getByTestId('tm-panel');
  }

  get matches(): Locator {
    return this.panel.getByTestId('tm-match');
  }

  /** The path of the working TM as the list shows it. */
  async workingTmPath(): Promise<string> {
    const item = this.panel.getByTestId('tm-list-item').first();
    await expect(item).toBeVisible();
    return ((await item.locator('.tm-path').textContent()) ?? '').trim();
  }

  /** Attaches a TM file by path and waits for it in the list. */
  async attach(path: string): Promise<void> {
    await this.panel.getByTestId('tm-attach-path').fill(path);
    await this.panel.getByTestId('tm-attach').click();
    await expect(this.panel.getByTestId('tm-list-item')).toHaveCount(2);
  }

  /** Imports a TM file into the working TM through the panel's file input. */
  async importFile(file: { name: string; buffer: Buffer }): Promise<void> {
    await this.panel.getByTestId('tm-import-input').setInputFiles({ ...file, mimeType: 'application/xml' });
  }

  /** Runs a concordance search from the panel's field. */
  async concordance(query: string): Promise<void> {
    await this.panel.getByTestId('tm-concordance-query').fill(query);
    await this.panel.getByTestId('tm-concordance-search').click();
  }

  get concordanceHits(): Locator {
    return this.panel.getByTestId('tm-concordance-hit');
  }

  /** The repetitions report in the project bar. */
  get repetitions(): Locator {
    return this.#page.getByTestId('tm-repetitions');
  }

  /** Selects `text` inside row `n`'s Chinese (as a mouse drag would). */
  async selectInSource(n: number, text: string): Promise<void> {
    await this.#workbench.source(n).evaluate((el, wanted) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" not found in the row`);
    }, text);
  }
}
