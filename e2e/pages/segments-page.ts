import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/**
 * Segment work as a translator drives it: the sentence view's segment rows inside each paragraph
 * row, confirming, splitting and merging with the keyboard, the view switch and the notice line.
 */
export class SegmentsPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get page(): Page {
    return this.#workbench.page;
  }

  /** The English segments of row `n` (one `p.seg` per segment). */
  targets(n: number): Locator {
    return this.#workbench.row(n).locator('.target .seg');
  }

  /** The Chinese segments of row `n`. */
  sources(n: number): Locator {
    return this.#workbench.row(n).locator('.source .seg');
  }

  /** The statuses of row `n`'s segments, in order. */
  async statuses(n: number): Promise<string[]> {
    return this.targets(n).evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
  }

  /** The English of row `n`'s segments, in order. */
  async texts(n: number): Promise<string[]> {
    return this.targets(n).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  }

  /** How many segments row `n` has (from the row, so static rows count too). */
  async count(n: number): Promise<number> {
    return Number(await this.#workbench.row(n).getAttribute('data-segments'));
  }

  /** Puts the caret at the end of segment `i` (0-based) of row `n`'s English. */
  async caretInTarget(n: number, i: number): Promise<void> {
    await this.targets(n).nth(i).click();
    await this.page.keyboard.press('End');
  }

  /** Puts the caret in row `n`'s Chinese after `offset` characters of segment `i` (focus + DOM selection). */
  async caretInSource(n: number, i: number, offset: number): Promise<void> {
    const seg = this.sources(n).nth(i);
    await seg.click();
    await seg.evaluate((element, at) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (at <= seen + length) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.collapse(true);
          (element.closest('.ProseMirror') as HTMLElement).focus();
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return;
        }
        seen += length;
      }
      throw new Error('offset past the segment');
    }, offset);
  }

  /** Switches the grid between the sentence and paragraph views. */
  async view(mode: 'sentence' | 'paragraph'): Promise<void> {
    await this.page.getByTestId('view-mode').locator(`[data-mode="${mode}"]`).click();
    await expect(this.page.getByTestId('grid')).toHaveAttribute('data-view-mode', mode);
  }

  /**
   * Row `n`'s English as the paragraph view shows it: the segments' text with the spaces the
   * view draws between non-empty segments (read from the computed `::before` content).
   */
  async shownParagraph(n: number): Promise<string> {
    return this.targets(n).evaluateAll((els) =>
      els
        .map((e) => {
          const before = getComputedStyle(e, '::before').content;
          const gap = before === '" "' ? ' ' : '';
          return gap + (e.textContent ?? '');
        })
        .join(''),
    );
  }

  /** The notice line (why a command did nothing). */
  get notice(): Locator {
    return this.page.getByTestId('segment-notice');
  }

  /** How many segment rows (English) are fully inside the grid's viewport. */
  async segmentRowsInView(): Promise<number> {
    return this.page.getByTestId('grid').evaluate((grid) => {
      const box = grid.getBoundingClientRect();
      return [...grid.querySelectorAll('.target .seg')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }).length;
    });
  }
}
