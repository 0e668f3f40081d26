import type { Locator } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/** The sentence boundaries shown in the Chinese pane. */
export class SentencesPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  /** The marked sentence ends in row `n`'s Chinese (static or editor view). */
  ends(n: number): Locator {
    return this.#workbench.source(n).locator('.sentence-end');
  }

  /** The texts of those marks, in order. */
  async endTexts(n: number): Promise<string[]> {
    return this.ends(n).allTextContents();
  }

  /** Row `n`'s Chinese as shown (markers never change it). */
  async sourceText(n: number): Promise<string> {
    return (await this.#workbench.source(n).textContent()) ?? '';
  }
}
