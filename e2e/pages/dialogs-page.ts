import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/** The app's modal dialogs as a keyboard user meets them: open from a button, Escape, focus back. */
export class DialogsPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get page(): Page {
    return this.#workbench.page;
  }

  /** The test id of the focused element (null for none or one without a test id). */
  async focusedTestId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }

  /**
   * Clicks `opener`, waits for the dialog `dialogTestId` (which must be modal and hold the
   * focus), presses Escape and checks that it closed and the focus went back to the opener.
   */
  async escapeCloses(opener: Locator, dialogTestId: string): Promise<void> {
    const openerId = await opener.getAttribute('data-testid');
    await opener.click();
    const dialog = this.page.getByTestId(dialogTestId);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await this.page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => this.focusedTestId()).toBe(openerId);
  }

  /** The tag-set editor (opened from the Annotations tab). */
  get tagEditor(): Locator {
    return this.page.getByTestId('tagset-editor');
  }

  /** Renames the tag called `from` to `to` in the open tag-set editor. */
  async renameTag(from: string, to: string): Promise<void> {
    const input = this.tagEditor.getByTestId('tag-name').and(this.page.locator(`[value="${from}"]`));
    await input.fill(to);
  }
}
