import { checkTerms, createTermMatcher, GlossaryIndex, type GlossaryEntry, type TermFinding, type TermHit } from '../../../core/glossary/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import { idleScheduler, type IdleScheduler } from '../editor/idle.ts';
import { TermQa, type QaItem } from './term-qa.ts';
import { termMatcherOptions } from './script-fold.ts';

/** What the hover card shows: the hits of one row, which one is pointed at, and where. */
export interface CardTarget {
  readonly blockId: number;
  readonly hitIndex: number;
  readonly anchor: HTMLElement;
  /** Opened from the keyboard: the card takes focus. */
  readonly viaKeyboard: boolean;
}

/** What the add/edit dialog starts with; `id` set means editing an existing entry. */
export type DialogDraft = Partial<Omit<GlossaryEntry, 'targets' | 'forbidden'>> & { readonly targets?: readonly string[]; readonly forbidden?: readonly string[] };

interface CachedFindings {
  readonly source: string;
  readonly target: string;
  readonly version: number;
  readonly findings: readonly TermFinding[];
}

/**
 * The glossary feature's client state, outside React so ProseMirror plugins (created per mounted
 * row) and components share it: the entries, a matcher and a per-block hit cache rebuilt once per
 * glossary version, the live English of mounted rows, cached term QA per row, the document-wide
 * QA list (kept incrementally by {@link TermQa}: never a pass over all rows on a mount or a
 * keystroke), and which card or dialog is open. Components subscribe with `useSyncExternalStore`;
 * every getter returns a cached value so snapshots stay stable until something really changed.
 */
export class GlossaryState {
  #entries: readonly GlossaryEntry[] = [];
  #byId = new Map<string, GlossaryEntry>();
  #index = new GlossaryIndex(createTermMatcher([]));
  #version = 0;
  #stamp = 0;
  #loaded = false;
  #blocks: Map<number, BlockDto> | null = null;
  #rows: Map<number, number> | null = null;
  #order: readonly BlockDto[] = [];
  #currentTarget: (blockId: number) => string = () => '';
  readonly #liveTargets = new Map<number, string>();
  readonly #findings = new Map<number, CachedFindings>();
  readonly #listeners = new Set<() => void>();
  #card: CardTarget | null = null;
  #dialog: DialogDraft | null = null;
  readonly #qa: TermQa;

  /** `schedule` runs the background term check (idle slices in the browser). */
  constructor(schedule: IdleScheduler = idleScheduler()) {
    this.#qa = new TermQa(
      {
        blocks: () => this.#order,
        rowOf: (blockId) => this.#rowIndex().get(blockId),
        findings: (blockId) => this.findings(blockId),
        hits: (blockId) => this.hits(blockId),
        changed: () => this.#emit(),
      },
      schedule,
    );
  }

  /** Registers a change listener; returns the unsubscribe function (useSyncExternalStore shape). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Bumps on every change (entries, typing, card, dialog): the snapshot of whole-glossary views. */
  readonly stamp = (): number => this.#stamp;

  /** The glossary version: bumps only when entries change. */
  get version(): number {
    return this.#version;
  }

  /** True once the project's glossary was loaded. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Entries in the order the host gave them (by source term). */
  get entries(): readonly GlossaryEntry[] {
    return this.#entries;
  }

  /** The grid's blocks and the way to read a block's latest English; called on every render. */
  setDocument(blocks: readonly BlockDto[], currentTarget: (blockId: number) => string): void {
    this.#currentTarget = currentTarget;
    if (blocks === this.#order) return;
    this.#order = blocks;
    this.#blocks = null;
    this.#rows = null;
    // New rows (load, replace all, undo) may carry new English: check them again, in the background.
    if (this.#loaded) this.#qa.restart(false);
  }

  #blockMap(): Map<number, BlockDto> {
    this.#blocks ??= new Map(this.#order.map((b) => [b.id, b]));
    return this.#blocks;
  }

  #rowIndex(): Map<number, number> {
    this.#rows ??= new Map(this.#order.map((b, i) => [b.id, i]));
    return this.#rows;
  }

  /** The grid's blocks in order. */
  get blocks(): readonly BlockDto[] {
    return this.#order;
  }

  /** Replaces the glossary: a new matcher and an empty hit cache (one rebuild per version). */
  setEntries(entries: readonly GlossaryEntry[]): void {
    this.#entries = entries;
    this.#byId = new Map(entries.map((e) => [e.id, e]));
    this.#index = new GlossaryIndex(createTermMatcher(entries, termMatcherOptions()));
    this.#version++;
    this.#loaded = true;
    this.#qa.restart(true);
    this.#emit();
  }

  /** Adds or replaces one entry (after a save), keeping source order. */
  upsert(entry: GlossaryEntry): void {
    const rest = this.#entries.filter((e) => e.id !== entry.id);
    this.setEntries([...rest, entry].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.id < b.id ? -1 : 1)));
  }

  /** Removes one entry (after a delete). */
  remove(id: string): void {
    this.setEntries(this.#entries.filter((e) => e.id !== id));
  }

  /** An entry by id. */
  entry(id: string): GlossaryEntry | undefined {
    return this.#byId.get(id);
  }

  /** Term hits in a block's Chinese (UTF-16 offsets), cached per block until the glossary changes. */
  hits(blockId: number, source?: string): readonly TermHit[] {
    const text = source ?? this.#blockMap().get(blockId)?.source ?? '';
    return this.#index.hits({ id: String(blockId), text });
  }

  /**
   * Records the English a mounted row's editor now holds (from the editor plugin, on every
   * change) and re-checks that row alone; listeners hear of it only when its findings changed.
   */
  setTarget(blockId: number, text: string): void {
    if (this.#liveTargets.get(blockId) === text) return;
    this.#liveTargets.set(blockId, text);
    this.#qa.update(blockId);
  }

  /** Forgets a row's live English when its editor unmounts (the grid's copy is then the latest). */
  forgetTarget(blockId: number): void {
    this.#liveTargets.delete(blockId);
  }

  /** The latest English of a block: the editor's if mounted, else the grid's. */
  target(blockId: number): string {
    return this.#liveTargets.get(blockId) ?? this.#currentTarget(blockId);
  }

  /**
   * Term QA of one block against its latest English. A row without English yet has no findings
   * (untranslated is not a terminology problem). Cached per (Chinese, English, glossary version),
   * so the same array comes back until one of them changes.
   */
  findings(blockId: number): readonly TermFinding[] {
    const target = this.target(blockId);
    const source = this.#blockMap().get(blockId)?.source ?? '';
    const cached = this.#findings.get(blockId);
    if (cached && cached.target === target && cached.source === source && cached.version === this.#version) return cached.findings;
    const findings = target.trim() === '' ? [] : checkTerms(this.hits(blockId, source), target, this.#byId);
    this.#findings.set(blockId, { source, target, version: this.#version, findings: cached && sameFindings(cached.findings, findings) ? cached.findings : findings });
    return this.#findings.get(blockId)!.findings;
  }

  /** Bumps when the document's QA list or its terms-in-document set changed (panel snapshot). */
  readonly qaStamp = (): number => this.#qa.version;

  /** The document's term QA findings by row (from the background check and edited rows). */
  qaList(): readonly QaItem[] {
    return this.#qa.list();
  }

  /** Ids of the entries that occur in the document's Chinese, as far as the background check got. */
  inDocument(): ReadonlySet<string> {
    return this.#qa.inDocument();
  }

  /** Continues background work stopped by {@link dispose} (a remount). */
  resume(): void {
    this.#qa.resume();
  }

  /** Stops background work (the grid is going away). */
  dispose(): void {
    this.#qa.dispose();
  }

  /** The open hover card, if any. */
  get card(): CardTarget | null {
    return this.#card;
  }

  /** Opens (or, with null, closes) the hover card. */
  setCard(card: CardTarget | null): void {
    if (card === this.#card) return;
    if (card && this.#card && card.blockId === this.#card.blockId && card.hitIndex === this.#card.hitIndex && card.anchor === this.#card.anchor && card.viaKeyboard === this.#card.viaKeyboard) return;
    this.#card = card;
    this.#emit();
  }

  /** The add/edit dialog's starting values while it is open. */
  get dialog(): DialogDraft | null {
    return this.#dialog;
  }

  /** Opens (or, with null, closes) the add/edit term dialog. */
  setDialog(draft: DialogDraft | null): void {
    this.#dialog = draft;
    this.#emit();
  }

  #emit(): void {
    this.#stamp++;
    for (const listener of [...this.#listeners]) listener();
  }
}

function sameFindings(a: readonly TermFinding[], b: readonly TermFinding[]): boolean {
  return a.length === b.length && a.every((f, i) => JSON.stringify(f) === JSON.stringify(b[i]));
}
