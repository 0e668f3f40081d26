import type { MtDraftDto } from '../../../shared/feature-dto.ts';

/**
 * The MT drafts of the shown document, as last read from the host, with a version counter for
 * `useSyncExternalStore`. Reloaded when the document changes and after each pre-translation.
 */
export class MtState {
  #drafts = new Map<number, MtDraftDto>();
  #version = 0;
  readonly #listeners = new Set<() => void>();

  /** Replaces the drafts and notifies subscribers. */
  setDrafts(drafts: readonly MtDraftDto[]): void {
    this.#drafts = new Map(drafts.map((d) => [d.blockId, d]));
    this.#version++;
    for (const listener of this.#listeners) listener();
  }

  /** The MT draft record of a block, if it is one. */
  draft(blockId: number): MtDraftDto | undefined {
    return this.#drafts.get(blockId);
  }

  /** Changes with every {@link setDrafts}. */
  get version(): number {
    return this.#version;
  }

  /** Subscribes to changes; returns the unsubscribe function (the `useSyncExternalStore` shape). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
}

/**
 * Whether a row still is the MT draft `draft` describes: the English shown (including unsaved
 * typing) is exactly what MT wrote and the row is still a draft. Editing or confirming ends it.
 */
export function isLiveMtDraft(draft: MtDraftDto | undefined, currentTarget: string, currentStatus: string): boolean {
  return draft !== undefined && currentStatus === 'draft' && currentTarget === draft.target;
}
