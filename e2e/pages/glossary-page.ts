import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/**
 * The glossary feature as a user sees it: highlighted terms in the Chinese, the hover card, the
 * add-term dialog, per-row term findings and the glossary side panel.
 */
export class GlossaryPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get page(): Page {
    return this.#workbench.page;
  }

  /** Highlighted terms in row `n`'s Chinese. */
  hits(n: number): Locator {
    return this.#workbench.source(n).locator('.term-hit');
  }

  /** The highlighted occurrence(s) of `term` in row `n`. */
  hit(n: number, term: string): Locator {
    return this.hits(n).filter({ hasText: new RegExp(`^${term}$`, 'u') });
  }

  /** The open hover card. */
  get card(): Locator {
    return this.page.getByTestId('term-card');
  }

  /** Hovers the first occurrence of `term` in row `n` and waits for its card. */
  async hover(n: number, term: string): Promise<Locator> {
    await this.hit(n, term).first().hover();
    await expect(this.card).toBeVisible();
    return this.card;
  }

  /** Selects `text` inside row `n`'s Chinese, as a mouse drag would. */
  async selectInSource(n: number, text: string): Promise<void> {
    const source = this.#workbench.source(n).locator('.ProseMirror');
    await source.evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" not found in the source`);
    }, text);
  }

  /** The add/edit term dialog. */
  get dialog(): Locator {
    return this.page.getByTestId('term-dialog');
  }

  /** QA findings shown under row `n` (term QA is part of the QA feature). */
  findings(n: number): Locator {
    return this.#workbench.row(n).getByTestId('qa-row-finding');
  }

  /** Opens the glossary tab of the side panel. */
  async openPanel(): Promise<Locator> {
    await this.page.getByTestId('tab-glossary').click();
    const panel = this.page.getByTestId('glossary-panel');
    await expect(panel).toBeVisible();
    return panel;
  }
}
