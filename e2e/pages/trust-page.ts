import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/** One axe-core violation, reduced to what a failing test should print. */
export interface AxeProblem {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * What daily-use trust is checked through: the toast stack (delete → Undo) and accessibility
 * audits with axe-core on the page as it is at that moment (a dialog or popup open or not).
 */
export class TrustPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get page(): Page {
    return this.#workbench.page;
  }

  /** The toast messages on screen. */
  get toasts(): Locator {
    return this.page.getByTestId('toast');
  }

  /** Clicks Undo on the newest toast that has one and waits for the toast to go. */
  async undoLast(): Promise<void> {
    const toast = this.toasts.filter({ has: this.page.getByTestId('toast-undo') }).last();
    await toast.getByTestId('toast-undo').click();
    await expect(toast).toBeHidden();
  }

  /**
   * Serious and critical WCAG A/AA problems on the page now, optionally only inside `include`
   * (a CSS selector). Minor and moderate findings are left to review, as the issue asks.
   */
  async seriousProblems(include?: string): Promise<AxeProblem[]> {
    let builder = new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    if (include) builder = builder.include(include);
    const result = await builder.analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }
}
