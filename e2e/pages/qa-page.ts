import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/** The QA feature as a user sees it: the side panel, its findings, the count, the confirm question. */
export class QaPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get page(): Page {
    return this.#workbench.page;
  }

  /** The side panel's QA tab (opened with {@link open}). */
  get panel(): Locator {
    return this.page.getByTestId('qa-panel');
  }

  /** The count of findings in the project bar. */
  get count(): Locator {
    return this.page.getByTestId('qa-count');
  }

  /** The "confirm anyway?" dialog. */
  get confirmDialog(): Locator {
    return this.page.getByTestId('qa-confirm-dialog');
  }

  /** Opens the QA tab and waits for the first full check. */
  async open(): Promise<Locator> {
    await this.page.getByTestId('tab-qa').click();
    await expect(this.panel).toBeVisible();
    await expect(this.count).toBeVisible();
    return this.panel;
  }

  /** Findings listed for row `n` (1-based), optionally of one check. */
  items(row: number, check?: string): Locator {
    const items = this.panel.locator(`[data-testid="qa-item"][data-row="${row}"]`);
    return check ? items.and(this.panel.locator(`[data-check="${check}"]`)) : items;
  }

  /** Turns "ask before confirming a row with findings" on in the panel's settings. */
  async askOnConfirm(): Promise<void> {
    await this.panel.getByTestId('qa-settings').locator('summary').click();
    await this.panel.getByTestId('qa-setting-ask').check();
  }

  /** Runs every check now. */
  async checkNow(): Promise<void> {
    await this.panel.getByTestId('qa-check-now').click();
  }
}
