import type { BlockStatus } from '../../../core/model/index.ts';
import type { MappedRange } from '../../../shared/feature-dto.ts';
import { workbenchInputs } from '../../../shared/api.ts';

/**
 * One unsaved change to a block. `ranges` are the block's target-side annotation ranges as its
 * editor mapped them for exactly this `target` (see {@link SaveQueue.setRangesProvider}).
 */
export interface PendingEdit {
  readonly blockId: number;
  readonly target: string;
  readonly status: BlockStatus;
  readonly ranges?: MappedRange[];
}

/** Gives the annotation ranges of a block as mapped by its editor right now, or undefined. */
export type RangesProvider = (blockId: number) => readonly MappedRange[] | undefined;

/** An edit the host refused for a reason that retrying cannot fix, kept for the user to see and export. */
export interface FailedEdit {
  readonly edit: PendingEdit;
  /** The host's error key (an i18n key) and its values. */
  readonly code: string;
  readonly details: Readonly<Record<string, string | number>>;
  /** ISO time of the refusal. */
  readonly at: string;
}

/** Where unsaved edits are mirrored until the host has them (localStorage in the app). */
export interface EditJournal {
  read(): PendingEdit[];
  write(edits: PendingEdit[]): void;
  /** Edits set aside after a permanent refusal (kept across restarts until the user clears them). */
  readFailed?(): FailedEdit[];
  writeFailed?(edits: FailedEdit[]): void;
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

/** What the status bar shows: how many edits wait, the last failure if saving is failing, and what was set aside. */
export interface SaveQueueState {
  readonly pending: number;
  readonly error: unknown;
  /** Edits the host refused for good (see {@link isTransientSaveError}); never retried by themselves. */
  readonly failed?: readonly FailedEdit[];
}

/**
 * Error keys after which a save is worth retrying as it is: the host is away, the disk is full,
 * the file is locked or not writable for now. Any other refusal (a block that no longer exists, a
 * payload an older build journaled) would fail forever and must not hold up the edits behind it.
 */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'common:errors.hostUnreachable',
  'host:errors.diskFull',
  'host:errors.projectLocked',
  'host:errors.projectUnreadable',
  'host:errors.noProject',
  // A restarted web host has a new token: this page cannot save any more, but the page opened
  // with the new address adopts its journal once this one is closed.
  'host:errors.unauthorized',
]);

/** True when a failed save should be retried; false when it must be set aside. */
export function isTransientSaveError(error: unknown): boolean {
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  // Anything that is not a host answer at all (a dropped connection, a crashed IPC) is transient.
  return typeof code !== 'string' || TRANSIENT_CODES.has(code);
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
  #failed: FailedEdit[];

  constructor(deps: SaveQueueDeps) {
    this.#deps = deps;
    for (const edit of deps.journal.read()) this.#pending.set(edit.blockId, edit);
    this.#failed = deps.journal.readFailed?.() ?? [];
  }

  /** Edits the host refused for good, oldest first. */
  failed(): readonly FailedEdit[] {
    return this.#failed;
  }

  /** Forgets the set-aside edits (after the user exported or dismissed them). */
  clearFailed(): void {
    this.#failed = [];
    this.#deps.journal.writeFailed?.([]);
    this.#notify();
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
        if (!isTransientSaveError(error)) {
          this.#setAside(edit, error);
          continue;
        }
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

  #setAside(edit: PendingEdit, error: unknown): void {
    const { code, details } = error as { code: string; details?: Record<string, string | number> };
    this.#failed = [...this.#failed, { edit, code, details: details ?? {}, at: new Date().toISOString() }];
    this.#deps.journal.writeFailed?.(this.#failed);
    // A newer edit of the same block typed meanwhile is still worth trying.
    if (this.#pending.get(edit.blockId) === edit) this.#pending.delete(edit.blockId);
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
    this.#deps.onChange({ pending: this.#pending.size, error: this.#error, ...(this.#failed.length ? { failed: this.#failed } : {}) });
  }
}

/** Keys of the journal entries in Web Storage, per project and per tab. */
const journalPrefix = (projectPath: string) => `duizhao.unsaved:${projectPath}`;
const failedKey = (projectPath: string) => `duizhao.failed:${projectPath}`;
const aliveKey = (tabId: string) => `duizhao.tab-alive:${tabId}`;

/** A tab that has not said it is alive for this long is taken to be gone (closed or crashed). */
export const TAB_GONE_MS = 10_000;

/** Keeps only entries that are well-formed saves (a journal written by an older build may not be). */
function validEdits(value: unknown): PendingEdit[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is PendingEdit => {
    if (!entry || typeof entry !== 'object') return false;
    const { blockId, target, status, ranges } = entry as Partial<PendingEdit>;
    const checked = workbenchInputs.saveTarget.safeParse(ranges === undefined ? { blockId, target, status } : { blockId, target, status, ranges });
    return checked.success;
  });
}

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

/**
 * A journal in Web Storage with one key per project AND per tab, so two tabs never overwrite
 * each other's unsaved edits. At start a tab takes over the journals of tabs that are gone (no
 * heartbeat for {@link TAB_GONE_MS}) and the pre-per-tab key, so after a crash every tab's unsaved
 * rows are recovered; entries are merged (this tab's own entry wins per block), never replaced.
 * `now` and the heartbeat are injected for tests; the app passes Date.now and calls `heartbeat`
 * every few seconds.
 */
export function storageJournal(storage: Storage, projectPath: string, tabId = 'default', now: () => number = Date.now): EditJournal & { heartbeat(): void; farewell(): void } {
  const prefix = journalPrefix(projectPath);
  const own = `${prefix}:${tabId}`;
  const heartbeat = () => {
    try {
      storage.setItem(aliveKey(tabId), String(now()));
    } catch {
      // Storage full or disabled: other tabs may then adopt this tab's journal, which only re-saves the same text.
    }
  };
  const write = (key: string, edits: readonly unknown[]) => {
    try {
      if (edits.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(edits));
    } catch {
      // Storage full or disabled: the host save is still attempted; nothing else to do here.
    }
  };
  return {
    heartbeat,
    // The page is going away: whatever it leaves unsaved may be adopted at once (a reload).
    farewell: () => {
      try {
        storage.removeItem(aliveKey(tabId));
      } catch {
        // Nothing to do: the heartbeat then simply goes stale.
      }
    },
    read() {
      heartbeat();
      const merged = new Map<number, PendingEdit>();
      const adopted: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key === null || key === own || (key !== prefix && !key.startsWith(`${prefix}:`))) continue;
        const otherTab = key === prefix ? null : key.slice(prefix.length + 1);
        const stamp = otherTab === null ? null : storage.getItem(aliveKey(otherTab));
        const alive = stamp !== null && now() - Number(stamp) < TAB_GONE_MS;
        if (alive) continue;
        for (const edit of validEdits(readJson(storage, key))) merged.set(edit.blockId, edit);
        adopted.push(key);
      }
      // This tab's own entries (a reload of the same tab) are the newest for their blocks.
      for (const edit of validEdits(readJson(storage, own))) merged.set(edit.blockId, edit);
      const edits = [...merged.values()];
      write(own, edits);
      for (const key of adopted) {
        storage.removeItem(key);
        if (key !== prefix) storage.removeItem(aliveKey(key.slice(prefix.length + 1)));
      }
      return edits;
    },
    write(edits) {
      write(own, edits);
    },
    readFailed() {
      const value = readJson(storage, failedKey(projectPath));
      return Array.isArray(value) ? (value as FailedEdit[]).filter((f) => f && typeof f === 'object' && validEdits([f.edit]).length === 1) : [];
    },
    writeFailed(edits) {
      write(failedKey(projectPath), edits);
    },
  };
}
