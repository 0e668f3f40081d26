import type { TermFinding, TermHit } from '../../../core/glossary/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import type { IdleScheduler } from '../editor/idle.ts';
import { groupFindings, type GroupedFinding } from './group-findings.ts';

/** One line of the document's term QA list: a (grouped) finding and its row (0-based document index). */
export type QaItem = { readonly row: number } & GroupedFinding;

/** What {@link TermQa} reads from the glossary state. */
export interface TermQaSource {
  /** The document's blocks in order. */
  readonly blocks: () => readonly BlockDto[];
  /** Document index of a block, or undefined when it is not in the document. */
  readonly rowOf: (blockId: number) => number | undefined;
  /** A block's findings against its latest English; the same array while they are unchanged. */
  readonly findings: (blockId: number) => readonly TermFinding[];
  /** A block's term hits in its Chinese (cached per glossary version). */
  readonly hits: (blockId: number) => readonly TermHit[];
  /** Called after the findings list or the set of terms in the document changed. */
  readonly changed: () => void;
}

/**
 * The document-wide term QA behind the glossary panel, kept incrementally: which blocks have
 * findings (and which entries occur in the document). A full check runs in idle slices of a few
 * milliseconds after the glossary or the rows change, never synchronously; an edited row is
 * re-checked alone (O(row)) when its English changes. The panel's list is rebuilt from the
 * flagged blocks only, and only after something changed.
 */
export class TermQa {
  readonly #source: TermQaSource;
  readonly #schedule: IdleScheduler;
  readonly #flagged = new Map<number, readonly TermFinding[]>();
  #inDocument = new Set<string>();
  #version = 0;
  #position = 0;
  #complete = false;
  #started = false;
  #cancel: (() => void) | null = null;
  #list: { version: number; items: readonly QaItem[] } | null = null;

  constructor(source: TermQaSource, schedule: IdleScheduler) {
    this.#source = source;
    this.#schedule = schedule;
  }

  /** Bumps whenever the findings list or {@link inDocument} changed (a snapshot for the panel). */
  get version(): number {
    return this.#version;
  }

  /** True once every block was checked since the last {@link restart}. */
  get complete(): boolean {
    return this.#complete;
  }

  /**
   * Starts a new background check of every block. `glossaryChanged` drops what was found (the
   * findings of the old glossary no longer hold); otherwise (new rows) they stay until re-checked.
   */
  restart(glossaryChanged: boolean): void {
    if (glossaryChanged) {
      this.#flagged.clear();
      this.#inDocument = new Set();
      this.#bump();
    }
    this.#position = 0;
    this.#complete = false;
    this.#started = true;
    this.#cancel?.();
    this.#cancel = this.#schedule((slice) => this.#sweep(slice));
  }

  /** Re-checks one block now (its English changed); notifies only when its findings changed. */
  update(blockId: number): void {
    if (this.#check(blockId)) {
      this.#bump();
      this.#source.changed();
    }
  }

  /** The findings of the document by row, grouped per row as the rows show them. */
  list(): readonly QaItem[] {
    if (this.#list?.version === this.#version) return this.#list.items;
    const items: QaItem[] = [];
    for (const [blockId, findings] of this.#flagged) {
      const row = this.#source.rowOf(blockId);
      if (row === undefined) continue;
      for (const group of groupFindings(findings)) items.push({ row, ...group });
    }
    items.sort((a, b) => a.row - b.row); // stable: a row's findings keep their order
    this.#list = { version: this.#version, items };
    return items;
  }

  /** Ids of the entries that occur in the document's Chinese (complete once {@link complete}). */
  inDocument(): ReadonlySet<string> {
    return this.#inDocument;
  }

  /** Continues a background check that {@link dispose} stopped before it was complete. */
  resume(): void {
    if (!this.#complete && this.#cancel === null && this.#started) this.#cancel = this.#schedule((slice) => this.#sweep(slice));
  }

  /** Stops the background check. */
  dispose(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  #sweep(slice: { timeLeft(): number }): void {
    this.#cancel = null;
    const blocks = this.#source.blocks();
    let changed = false;
    // At least a few blocks per slice, so the check ends even when the page is never idle.
    let done = 0;
    while (this.#position < blocks.length && (done < 16 || slice.timeLeft() > 0)) {
      const id = blocks[this.#position++]!.id;
      for (const hit of this.#source.hits(id)) {
        for (const entryId of hit.entryIds) {
          if (!this.#inDocument.has(entryId)) {
            this.#inDocument.add(entryId);
            changed = true;
          }
        }
      }
      if (this.#check(id)) changed = true;
      done++;
    }
    if (this.#position < blocks.length) this.#cancel = this.#schedule((next) => this.#sweep(next));
    else this.#complete = true;
    if (changed || this.#complete) {
      this.#bump();
      this.#source.changed();
    }
  }

  #check(blockId: number): boolean {
    const findings = this.#source.findings(blockId);
    const had = this.#flagged.get(blockId);
    if (findings.length === 0) return this.#flagged.delete(blockId);
    if (had === findings) return false;
    this.#flagged.set(blockId, findings);
    return true;
  }

  #bump(): void {
    this.#version++;
  }
}
