import { expect, type Locator, type Page } from '@playwright/test';

/** Counts shown by the pre-translation report. */
export interface MtReport {
  readonly translated: number;
  readonly skipped: number;
  readonly failed: number;
  readonly requests: number;
}

/** The machine-translation feature as a user drives it: the settings dialog, pre-translation and the MT badges. */
export class MtPage {
  readonly #page: () => Page;

  constructor(page: () => Page) {
    this.#page = page;
  }

  /** The current page. */
  get page(): Page {
    return this.#page();
  }

  /** The machine-translation dialog. */
  get dialog(): Locator {
    return this.page.getByTestId('mt-dialog');
  }

  /** The MT badge of row `n` (1-based). */
  badge(n: number): Locator {
    return this.page.locator(`[data-testid="row"][data-row="${n}"]`).getByTestId('mt-badge');
  }

  /** Opens the dialog and fills in an openai-compatible provider at `baseUrl` with `model`. */
  async configure(baseUrl: string, model: string): Promise<void> {
    await this.page.getByTestId('mt-open').click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByTestId('mt-provider').selectOption('openai-compatible');
    await this.dialog.getByTestId('mt-base-url').fill(baseUrl);
    await this.dialog.getByTestId('mt-model').fill(model);
  }

  /** Runs "Pre-translate empty rows" and resolves with the report's counts once it is shown. */
  async pretranslate(): Promise<MtReport> {
    if (!(await this.dialog.isVisible())) await this.page.getByTestId('mt-open').click();
    const report = this.dialog.getByTestId('mt-report');
    const runsBefore = (await report.count()) ? Number(await report.getAttribute('data-run')) : 0;
    await this.dialog.getByTestId('mt-pretranslate').click();
    // The report of this run (the dialog numbers its runs); a loaded machine may take a while.
    await expect(this.dialog.locator(`[data-testid="mt-report"][data-run="${runsBefore + 1}"]`)).toBeVisible({ timeout: 90_000 });
    const count = async (name: string) => Number(await report.getAttribute(`data-${name}`));
    return { translated: await count('translated'), skipped: await count('skipped'), failed: await count('failed'), requests: await count('requests') };
  }

  /** Closes the dialog. */
  async close(): Promise<void> {
    await this.dialog.getByTestId('mt-close').click();
    await expect(this.dialog).toBeHidden();
  }
}
