import type { BlockStatus } from '../../../core/model/index.ts';
import type { MappedRange, SegmentInput } from '../../../shared/feature-dto.ts';

/**
 * One unsaved change to a block. `ranges` are the block's target-side annotation ranges as its
 * editor mapped them for exactly this `target` (see {@link SaveQueue.setRangesProvider}).
 */
export interface PendingEdit {
  readonly blockId: number;
  readonly target: string;
  readonly status: BlockStatus;
  readonly ranges?: MappedRange[];
  /**
   * The block's whole segment list as the English editor holds it (sentence work); saved with
   * `saveSegments`, of which `target`/`status` are the derived join. Absent: a paragraph-level edit.
   */
  readonly segments?: SegmentInput[];
}

/** Gives the annotation ranges of a block as mapped by its editor right now, or undefined. */
export type RangesProvider = (blockId: number) => readonly MappedRange[] | undefined;

/** Where unsaved edits are mirrored until the host has them (localStorage in the app). */
export interface EditJournal {
  read(): PendingEdit[];
  write(edits: PendingEdit[]): void;
}

/** What the queue needs from the outside world; injected so tests drive time and failures. */
export interface SaveQueueDeps {
  save(edit: PendingEdit): Promise<void>;
  journal: EditJournal;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** Called whenever the number of unsaved edits or the last error changes. */
  onChange(state: SaveQueueState): void;
}

/** What the status bar shows: how many edits wait, and the last failure if saving is failing. */
export interface SaveQueueState {
  readonly pending: number;
  readonly error: unknown;
}

/** Typing is saved at most this long after the last keystroke (the issue allows one second). */
export const SAVE_DEBOUNCE_MS = 400;
const RETRY_MS = 2_000;

/**
 * Persists edits without ever losing one. Each edit is first written to the journal (survives a
 * renderer crash or a host that is down), then saved after a short debounce, or at once on
 * `flush()` (confirm, blur, close). A failed save (disk full, host gone) keeps the edit pending and
 * retries; the journal entry is removed only once the host acknowledged that exact text.
 */
export class SaveQueue {
  readonly #deps: SaveQueueDeps;
  readonly #pending = new Map<number, PendingEdit>();
  #timer: unknown = null;
  #inFlight: Promise<void> | null = null;
  #error: unknown = null;
  #rangesFor: RangesProvider | null = null;

  constructor(deps: SaveQueueDeps) {
    this.#deps = deps;
    for (const edit of deps.journal.read()) this.#pending.set(edit.blockId, edit);
  }

  /** Edits recovered from the journal at start (unsaved when the app last stopped). */
  recovered(): PendingEdit[] {
    return [...this.#pending.values()];
  }

  /**
   * Lets a feature (annotations) attach ranges to every edit. They are read in {@link update},
   * when the editor's state matches the edit's text, so the host gets ranges and text that agree.
   */
  setRangesProvider(provider: RangesProvider | null): void {
    this.#rangesFor = provider;
  }

  /** Records an edit; it is saved after the debounce unless flushed earlier. */
  update(edit: PendingEdit): void {
    const ranges = edit.ranges ? undefined : this.#rangesFor?.(edit.blockId);
    this.#pending.set(edit.blockId, ranges ? { ...edit, ranges: [...ranges] } : edit);
    this.#journal();
    this.#schedule(SAVE_DEBOUNCE_MS);
    this.#notify();
  }

  /** Saves everything pending now; resolves when the host has it (or rejects with the failure). */
  async flush(): Promise<void> {
    this.#cancelTimer();
    if (this.#inFlight) await this.#inFlight.catch(() => undefined);
    if (this.#pending.size === 0) return;
    this.#inFlight = this.#saveAll();
    try {
      await this.#inFlight;
    } finally {
      this.#inFlight = null;
    }
  }

  /** True while some edit has not been acknowledged by the host. */
  get hasPending(): boolean {
    return this.#pending.size > 0;
  }

  async #saveAll(): Promise<void> {
    for (const edit of [...this.#pending.values()]) {
      try {
        await this.#deps.save(edit);
      } catch (error) {
        this.#error = error;
        this.#notify();
        this.#schedule(RETRY_MS);
        throw error;
      }
      // Only drop it if no newer text arrived while the request was under way.
      if (this.#pending.get(edit.blockId) === edit) this.#pending.delete(edit.blockId);
    }
    this.#error = null;
    this.#journal();
    this.#notify();
  }

  #schedule(ms: number): void {
    this.#cancelTimer();
    this.#timer = this.#deps.setTimer(() => {
      this.#timer = null;
      this.flush().catch(() => undefined);
    }, ms);
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#deps.clearTimer(this.#timer);
    this.#timer = null;
  }

  #journal(): void {
    this.#deps.journal.write([...this.#pending.values()]);
  }

  #notify(): void {
    this.#deps.onChange({ pending: this.#pending.size, error: this.#error });
  }
}

/** A journal in Web Storage under one key per project, so two projects never mix their edits. */
export function storageJournal(storage: Storage, projectPath: string): EditJournal {
  const key = `duizhao.unsaved:${projectPath}`;
  return {
    read() {
      try {
        const value = JSON.parse(storage.getItem(key) ?? '[]') as unknown;
        return Array.isArray(value) ? (value as PendingEdit[]) : [];
      } catch {
        return [];
      }
    },
    write(edits) {
      try {
        if (edits.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(edits));
      } catch {
        // Storage full or disabled: the host save is still attempted; nothing else to do here.
      }
    },
  };
}
