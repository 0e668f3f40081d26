import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/**
 * The editor-at-scale features as a user drives them: find and replace, the row filter, go to
 * row, the keyboard help overlay. Built over the workbench page object; waits on visible state.
 */
export class EditorPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get page(): Page {
    return this.#workbench.page;
  }

  /** Opens find (Ctrl+F) from a row editor and types the query. */
  async find(query: string, options: { regex?: boolean; scope?: 'both' | 'source' | 'target' } = {}): Promise<void> {
    await this.#workbench.editor(1).click();
    await this.page.keyboard.press('Control+f');
    const input = this.page.getByTestId('find-query');
    await expect(input).toBeFocused();
    if (options.scope) await this.page.getByTestId('find-scope').selectOption(options.scope);
    if (options.regex !== undefined) await this.page.getByTestId('find-regex').setChecked(options.regex);
    await input.fill(query);
  }

  /** Sets the replacement (Ctrl+H focuses it). */
  async replacement(text: string): Promise<void> {
    await this.page.keyboard.press('Control+h');
    await expect(this.page.getByTestId('find-replacement')).toBeFocused();
    await this.page.getByTestId('find-replacement').fill(text);
  }

  /** The hit count line of the find panel. */
  get findCount(): Locator {
    return this.page.getByTestId('find-count');
  }

  /** Clicks a find-panel button: next, previous, replace-one, replace-all, undo-all. */
  async findAction(action: 'next' | 'previous' | 'replace-one' | 'replace-all' | 'undo-all'): Promise<void> {
    await this.page.getByTestId(`find-${action}`).click();
  }

  /** Shows the filter tab and sets the status checkboxes. */
  async filterStatuses(statuses: readonly ('new' | 'draft' | 'confirmed')[]): Promise<void> {
    await this.page.getByTestId('tab-navigate').click();
    for (const status of ['new', 'draft', 'confirmed'] as const) {
      await this.page.getByTestId(`filter-status-${status}`).setChecked(statuses.includes(status));
    }
  }

  /** How many rows the grid shows (after filters) and holds in total. */
  async rowCounts(): Promise<{ visible: number; total: number }> {
    const grid = this.page.getByTestId('grid');
    return { visible: Number(await grid.getAttribute('data-visible-rows')), total: Number(await grid.getAttribute('data-total-rows')) };
  }

  /** Ctrl+G, a row number, Enter. */
  async goToRow(n: number): Promise<void> {
    await this.page.keyboard.press('Control+g');
    await expect(this.page.getByTestId('goto-input')).toBeFocused();
    await this.page.getByTestId('goto-input').fill(String(n));
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByTestId('goto-dialog')).toHaveCount(0);
  }

  /** The keyboard help overlay. */
  get help(): Locator {
    return this.page.getByTestId('help-overlay');
  }
}
