import { expect, type Locator, type Page } from '@playwright/test';
import type { WorkbenchPage } from './workbench-page.ts';

/**
 * The annotation feature as a user drives it: select text in a pane, annotate it through the
 * popup, and work in the Annotations side-panel tab (list, links, orphans).
 */
export class AnnotationsPage {
  readonly #workbench: WorkbenchPage;

  constructor(workbench: WorkbenchPage) {
    this.#workbench = workbench;
  }

  get page(): Page {
    return this.#workbench.page;
  }

  /** The pane of row `n`: the Chinese view or the English editor. */
  pane(n: number, side: 'source' | 'target'): Locator {
    return side === 'source' ? this.#workbench.row(n).locator('.source .ProseMirror') : this.#workbench.editor(n);
  }

  /** Selects the first occurrence of `quote` in a pane, as a mouse drag would (focus + DOM selection). */
  async select(n: number, side: 'source' | 'target', quote: string): Promise<void> {
    await this.#setSelection(n, side, quote, false);
    await expect(this.page.getByTestId('annotate-button')).toBeEnabled();
  }

  /** Puts the caret in row `n`'s English right after the first occurrence of `text`. */
  async caretAfter(n: number, text: string): Promise<void> {
    await this.#setSelection(n, 'target', text, true);
  }

  async #setSelection(n: number, side: 'source' | 'target', quote: string, caretAtEnd: boolean): Promise<void> {
    const pane = this.pane(n, side);
    await pane.click();
    await pane.evaluate((element, [wanted, collapse]) => {
      const text = element.textContent ?? '';
      const start = text.indexOf(wanted);
      if (start < 0) throw new Error(`"${wanted}" is not in "${text}"`);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const point = (offset: number, preferNext: boolean): [Node, number] => {
        let seen = 0;
        let last: [Node, number] | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset < seen + length || (offset === seen + length && !preferNext)) return [node, offset - seen];
          seen += length;
          last = [node, length];
        }
        if (!last) throw new Error('no text');
        return last;
      };
      const [startNode, startOffset] = point(start, true);
      walker.currentNode = element;
      const [endNode, endOffset] = point(start + wanted.length, false);
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      if (collapse) range.collapse(false);
      (element as HTMLElement).focus();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, [quote, caretAtEnd] as const);
  }

  /** The annotate popup. */
  get popup(): Locator {
    return this.page.getByTestId('annotate-popup');
  }

  /** Highlighted spans in a pane. */
  highlights(n: number, side: 'source' | 'target'): Locator {
    return this.pane(n, side).locator('.annotation-hl');
  }

  /**
   * The text each annotation highlights in a pane, in order of appearance. A decoration is split
   * into pieces where other highlights start or end; the pieces of one annotation are joined.
   */
  async highlightTexts(n: number, side: 'source' | 'target'): Promise<string[]> {
    return this.pane(n, side).evaluate((element) => {
      const texts = new Map<string, string>();
      for (const span of element.querySelectorAll<HTMLElement>('.annotation-hl')) {
        const id = span.dataset.annotationId ?? '';
        texts.set(id, (texts.get(id) ?? '') + (span.textContent ?? ''));
      }
      return [...texts.values()];
    });
  }

  /** Opens the Annotations tab of the side panel. */
  async openPanel(): Promise<Locator> {
    await this.page.getByTestId('tab-annotations').click();
    const panel = this.page.getByTestId('annotation-panel');
    await expect(panel).toBeVisible();
    return panel;
  }

  /** Panel items of placed annotations. */
  get items(): Locator {
    return this.page.getByTestId('annotation-item');
  }

  /** Panel items of orphaned annotations. */
  get orphans(): Locator {
    return this.page.getByTestId('orphan-item');
  }

  /** Listed links. */
  get links(): Locator {
    return this.page.getByTestId('link-item');
  }

  /** Block id of row `n` (from the English editor's host element). */
  async blockId(n: number): Promise<number> {
    return Number(await this.#workbench.row(n).locator('.target-host').getAttribute('data-block-id'));
  }

  /** Calls the web host's API directly (an outside change such as a replace-all by another client). */
  async callHost(method: string, input: unknown): Promise<unknown> {
    const token = await this.page.evaluate(() => sessionStorage.getItem('duizhao.token'));
    const origin = new URL(this.page.url()).origin;
    const response = await this.page.request.post(`${origin}/api/${method}`, { data: input, headers: { authorization: `Bearer ${token}` } });
    const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  }
}
