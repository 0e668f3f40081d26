import type { BlockStatus } from '../../../core/model/index.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import type { Pane } from '../editor/view-registry.ts';
import { docText } from '../editor/schema.ts';
import { compileMatcher, expandReplacement, findInText, replaceInText, type FindOptions, type Matcher } from './matcher.ts';
import { findKey, type FindView } from './find-plugin.ts';
import { SnapshotStore } from '../../app/snapshot-store.ts';

/** Which side of the rows a search covers. */
export type FindScope = 'both' | 'source' | 'target';

/** One hit: row (document index), pane and UTF-16 offsets in that pane's text. */
export interface Hit {
  readonly blockId: number;
  readonly index: number;
  readonly pane: Pane;
  readonly from: number;
  readonly to: number;
}

/** A message for the panel: an i18n key of the find namespace and its values. */
export interface FindMessage {
  readonly key: 'replacedAll' | 'undone' | 'nothingToReplace' | 'failed' | 'noTargetHit';
  readonly values?: Record<string, string | number>;
}

/** Everything the find panel shows. Replaced (never mutated) on change, for useSyncExternalStore. */
export interface FindSnapshot {
  readonly options: FindOptions;
  readonly scope: FindScope;
  readonly replacement: string;
  readonly error: string | null;
  readonly hits: readonly Hit[];
  readonly rowsWithHits: number;
  /** Index into `hits` of the current hit, or -1. */
  readonly current: number;
  readonly message: FindMessage | null;
  /** The last replace-all, while it can be undone. */
  readonly lastBatch: { readonly batchId: string; readonly rows: number } | null;
  readonly busy: boolean;
  /** Bumped by Ctrl+F / Ctrl+H; the panel focuses `focus` when it sees a new value. */
  readonly focusRequest: { readonly n: number; readonly field: 'query' | 'replace' };
}

/** At most this many hits are listed; a pattern matching everywhere must not freeze the UI. */
export const MAX_HITS = 50_000;

const nextStatus = (text: string): BlockStatus => (text.trim() ? 'draft' : 'new');

/**
 * Find and replace over the open document: the search state, hit list and navigation, replace
 * one (an ordinary, undoable edit in the row's editor) and replace all (one host batch, undone
 * as one step). Pushes highlights into mounted rows through the view registry; rows mounting
 * later read {@link viewFor}. `env` must be kept current by the hook.
 */
export class FindStore extends SnapshotStore<FindSnapshot> {
  env: FeatureEnv;
  #matcher: Matcher | null = null;

  constructor(env: FeatureEnv) {
    super({
      options: { query: '', regex: false, caseSensitive: false, wholeWord: false },
      scope: 'both',
      replacement: '',
      error: null,
      hits: [],
      rowsWithHits: 0,
      current: -1,
      message: null,
      lastBatch: null,
      busy: false,
      focusRequest: { n: 0, field: 'query' },
    });
    this.env = env;
  }

  /** What a row's pane highlights now (used when the row mounts). */
  viewFor(blockId: number, pane: Pane): FindView {
    const { scope, hits, current } = this.snapshot();
    const inScope = scope === 'both' || scope === pane;
    const hit = hits[current];
    return {
      matcher: inScope ? this.#matcher : null,
      current: hit && hit.blockId === blockId && hit.pane === pane ? { from: hit.from, to: hit.to } : null,
    };
  }

  /** Asks the panel to show and focus a field (Ctrl+F: query, Ctrl+H: replacement). */
  requestFocus(field: 'query' | 'replace', query?: string): void {
    const options = query ? { ...this.snapshot().options, query } : this.snapshot().options;
    this.update({ focusRequest: { n: this.snapshot().focusRequest.n + 1, field }, options });
    if (query) this.search();
  }

  /** Changes search options and searches again. */
  setOptions(patch: Partial<FindOptions>, scope?: FindScope): void {
    this.update({ options: { ...this.snapshot().options, ...patch }, scope: scope ?? this.snapshot().scope, message: null });
    this.search();
  }

  /** Sets the replacement text. */
  setReplacement(replacement: string): void {
    this.update({ replacement });
  }

  /** Re-runs the search over every row (source as loaded, English as typed) and highlights it. */
  search(): void {
    const compiled = compileMatcher(this.snapshot().options);
    this.#matcher = compiled && 'regex' in compiled ? compiled : null;
    const error = compiled && 'error' in compiled ? compiled.error : null;
    const hits = this.#matcher ? this.#collect(this.#matcher) : [];
    const rowsWithHits = new Set(hits.map((h) => h.blockId)).size;
    this.update({ error, hits, rowsWithHits, current: -1 });
    this.#push();
  }

  #collect(matcher: Matcher): Hit[] {
    const { scope } = this.snapshot();
    const hits: Hit[] = [];
    const { blocks, currentTarget } = this.env;
    for (let index = 0; index < blocks.length && hits.length < MAX_HITS; index++) {
      const block = blocks[index]!;
      if (scope !== 'target') for (const m of findInText(block.source, matcher)) hits.push({ blockId: block.id, index, pane: 'source', from: m.from, to: m.to });
      if (scope !== 'source') for (const m of findInText(currentTarget(block.id), matcher)) hits.push({ blockId: block.id, index, pane: 'target', from: m.from, to: m.to });
    }
    return hits.slice(0, MAX_HITS);
  }

  #push(): void {
    this.env.registry.forEach('both', (view, blockId, pane) => {
      if (findKey.getState(view.state)) view.dispatch(view.state.tr.setMeta(findKey, this.viewFor(blockId, pane)));
    });
  }

  /** Moves to the next (1) or previous (-1) hit, wrapping, and scrolls its row into view. */
  go(delta: 1 | -1): void {
    const { hits, current } = this.snapshot();
    if (hits.length === 0) return;
    const next = current < 0 ? (delta > 0 ? 0 : hits.length - 1) : (current + delta + hits.length) % hits.length;
    this.#select(next);
  }

  #select(position: number): void {
    const hit = this.snapshot().hits[position];
    this.update({ current: position });
    if (hit) this.env.revealRow(hit.index);
    this.#push();
  }

  /**
   * Replaces the current hit if it is in English, as an ordinary edit of that row's editor
   * (saved and undoable there with Ctrl+Z), then moves to the next hit. On a Chinese hit it
   * moves to the next English hit instead.
   */
  async replaceOne(): Promise<void> {
    const { hits, current, replacement, options } = this.snapshot();
    const hit = hits[current];
    if (!hit || hit.pane !== 'target') {
      const after = hits.findIndex((h, i) => i > current && h.pane === 'target');
      const first = after >= 0 ? after : hits.findIndex((h) => h.pane === 'target');
      if (first >= 0) this.#select(first);
      else this.update({ message: { key: 'noTargetHit' } });
      return;
    }
    const view = await this.#mountedTarget(hit);
    const matcher = this.#matcher;
    if (!view || !matcher) return;
    const match = findInText(docText(view.state.doc), matcher).find((m) => m.from === hit.from);
    const inserted = match ? expandReplacement(replacement, match.groups, options.regex) : '';
    if (match) view.dispatch(view.state.tr.insertText(inserted, match.from + 1, match.to + 1).scrollIntoView());
    this.search();
    // Continue after the replaced text, so a replacement containing the query is not hit again.
    const resume = hit.from + (match ? inserted.length : 1);
    const next = this.snapshot().hits.findIndex((h) => h.index > hit.index || (h.index === hit.index && h.pane === 'target' && h.from >= resume));
    if (next >= 0) this.#select(next);
  }

  async #mountedTarget(hit: Hit) {
    this.env.revealRow(hit.index);
    for (let frame = 0; frame < 60; frame++) {
      const view = this.env.registry.get(hit.blockId, 'target');
      if (view) return view;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return undefined;
  }

  /** Replaces every English hit in one host batch; the grid shows the new text at once. */
  async replaceAll(): Promise<void> {
    const matcher = this.#matcher;
    const { replacement, options } = this.snapshot();
    if (!matcher || this.snapshot().scope === 'source') return;
    this.update({ busy: true, message: null });
    try {
      await this.env.flushSaves();
      const edits = [];
      let count = 0;
      for (const block of this.env.blocks) {
        const before = this.env.currentTarget(block.id);
        const after = replaceInText(before, matcher, replacement, options.regex);
        if (after.count === 0 || after.text === before) continue;
        count += after.count;
        edits.push({ blockId: block.id, target: after.text, status: nextStatus(after.text) });
      }
      if (edits.length === 0) {
        this.update({ busy: false, message: { key: 'nothingToReplace' } });
        return;
      }
      const label = `${options.query} → ${replacement}`.slice(0, 200);
      const result = await this.env.api.saveTargets({ edits, label });
      this.env.replaceRows(result.blocks);
      // The hook searches again once the grid has the new rows.
      this.update({ busy: false, lastBatch: { batchId: result.batchId, rows: result.blocks.length }, message: { key: 'replacedAll', values: { count, rows: result.blocks.length } } });
    } catch (error) {
      this.update({ busy: false, message: { key: 'failed', values: { reason: describe(error) } } });
    }
  }

  /** Undoes the last replace-all as one step; rows edited since keep their text and are counted. */
  async undoReplaceAll(): Promise<void> {
    const batch = this.snapshot().lastBatch;
    if (!batch) return;
    this.update({ busy: true, message: null });
    try {
      await this.env.flushSaves();
      const result = await this.env.api.undoBatch({ batchId: batch.batchId });
      this.env.replaceRows(result.blocks);
      this.update({ busy: false, lastBatch: null, message: { key: 'undone', values: { rows: result.blocks.length, skipped: result.skipped.length } } });
    } catch (error) {
      this.update({ busy: false, message: { key: 'failed', values: { reason: describe(error) } } });
    }
  }
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}
