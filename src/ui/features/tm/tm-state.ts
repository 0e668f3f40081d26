import type { TmConcordanceDto, TmMatchDto } from '../../../shared/tm-dto.ts';

/** The TM settings a translator can change; kept in localStorage (per browser profile). */
export interface TmSettings {
  /** Fill an empty row with the best match when it is entered. */
  readonly autoFill: boolean;
  /** Lowest score auto-fill uses. */
  readonly autoFillMin: number;
  /** When a row is confirmed, fill other empty rows with the same source. */
  readonly repetitions: boolean;
  /** Lowest score shown in the matches list. */
  readonly minScore: number;
}

/** Defaults: auto-fill off (a translator opts in), repetitions on (memoQ, Trados default). */
export const DEFAULT_TM_SETTINGS: TmSettings = { autoFill: false, autoFillMin: 90, repetitions: true, minScore: 50 };

const SETTINGS_KEY = 'duizhao.tmSettings';

/** A repetitions fill that can be undone. */
export interface RepetitionReport {
  readonly count: number;
  readonly batchId: string;
  readonly undone: boolean;
}

/** Everything the TM feature shows, as one immutable snapshot. */
export interface TmSnapshot {
  readonly blockId: number | null;
  readonly matches: readonly TmMatchDto[];
  readonly loading: boolean;
  readonly settings: TmSettings;
  /** Rows filled from the TM in this session: block id → score (shown as a TM-draft badge). */
  readonly filled: ReadonlyMap<number, number>;
  readonly repetitions: RepetitionReport | null;
  readonly concordanceQuery: string;
  readonly concordanceSide: 'source' | 'target';
  readonly concordance: TmConcordanceDto | null;
}

/**
 * A small external store for the TM feature (useSyncExternalStore): the focused row's matches,
 * settings, session marks and the last concordance. Keeps React state out of the grid, so a new
 * lookup re-renders the panel only.
 */
export class TmState {
  private snapshot: TmSnapshot;
  private readonly listeners = new Set<() => void>();

  private readonly storage: Storage | null;

  constructor(storage: Storage | null) {
    this.storage = storage;
    this.snapshot = {
      blockId: null,
      matches: [],
      loading: false,
      settings: readSettings(storage),
      filled: new Map(),
      repetitions: null,
      concordanceQuery: '',
      concordanceSide: 'source',
      concordance: null,
    };
  }

  /** The current snapshot (a new object after every change). */
  readonly get = (): TmSnapshot => this.snapshot;

  /** Subscribes to changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Merges `patch` into the snapshot and notifies. */
  update(patch: Partial<TmSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }

  /** Changes settings and remembers them. */
  setSettings(patch: Partial<TmSettings>): void {
    const settings = { ...this.snapshot.settings, ...patch };
    try {
      this.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Settings still apply for this session when storage is full or disabled.
    }
    this.update({ settings });
  }

  /** Marks a row as filled from the TM (or clears the mark with null). */
  markFilled(blockId: number, score: number | null): void {
    const filled = new Map(this.snapshot.filled);
    if (score === null) filled.delete(blockId);
    else filled.set(blockId, score);
    this.update({ filled });
  }
}

function readSettings(storage: Storage | null): TmSettings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    if (!raw) return DEFAULT_TM_SETTINGS;
    const parsed = JSON.parse(raw) as Partial<TmSettings>;
    return { ...DEFAULT_TM_SETTINGS, ...parsed };
  } catch {
    return DEFAULT_TM_SETTINGS;
  }
}
