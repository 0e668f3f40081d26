import { QA_CHECKS, checkUnit, inconsistentFindings, prepareGlossary, sourceKey, type QaCheck, type QaFinding, type QaGlossary, type QaUnit } from '../../../core/qa/index.ts';
import type { GlossaryEntry } from '../../../core/glossary/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import type { QaIgnore } from '../../../shared/feature-dto.ts';
import { DEFAULT_QA_SETTINGS, type QaSettings } from './qa-settings.ts';

/** One line of the QA panel: a finding, its row (0-based) and whether it is ignored. */
export interface QaListItem {
  readonly blockId: number;
  readonly row: number;
  readonly finding: QaFinding;
  readonly ignored: boolean;
}

const ORDER = new Map(QA_CHECKS.map((c, k) => [c, k]));
const ignoreId = (blockId: number, key: string): string => `${blockId}\u0000${key}`;

/**
 * The QA of the open document, outside React: findings per block (from core/qa), the ignored
 * findings (kept by the host), the settings, and a version that bumps on every change (for
 * useSyncExternalStore). A full run checks every row (8,000 rows well under a second); an edited
 * row is re-checked alone, with its consistency group. With `live` off an edit only clears
 * findings it fixed, so half-typed text raises no alarms until confirm or "Check now".
 */
export class QaState {
  #blocks: readonly BlockDto[] = [];
  #rowOf = new Map<number, number>();
  #groups = new Map<string, number[]>();
  #target: (blockId: number) => string = () => '';
  #status: (blockId: number) => BlockStatus = () => 'draft';
  #glossary: QaGlossary | null = null;
  #findings = new Map<number, readonly QaFinding[]>();
  #ignored = new Set<string>();
  #settings: QaSettings = DEFAULT_QA_SETTINGS;
  #checkFilter: QaCheck | null = null;
  #ran = false;
  #version = 0;
  #listeners = new Set<() => void>();
  #list: { version: number; showIgnored: boolean; items: readonly QaListItem[] } | null = null;

  /** Bumps on every change of findings, ignores, settings or filter. */
  get version(): number {
    return this.#version;
  }

  /** True once a full run has happened. */
  get ran(): boolean {
    return this.#ran;
  }

  /** The current settings. */
  get settings(): QaSettings {
    return this.#settings;
  }

  /** The check the rows are filtered by (panel), or null. */
  get checkFilter(): QaCheck | null {
    return this.#checkFilter;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /**
   * The document's rows, how to read a row's latest English (unsaved typing included) and its
   * live status. A row still `new` with no English is not a finding (nobody translated it yet);
   * an empty row that was confirmed or drafted is.
   */
  setDocument(blocks: readonly BlockDto[], target: (blockId: number) => string, status: (blockId: number) => BlockStatus = () => 'draft'): void {
    this.#target = target;
    this.#status = status;
    if (blocks === this.#blocks) return;
    this.#blocks = blocks;
    this.#rowOf = new Map(blocks.map((b, i) => [b.id, i]));
    this.#groups = new Map();
    for (const b of blocks) {
      const key = sourceKey(b.source);
      const group = this.#groups.get(key);
      if (group) group.push(b.id);
      else this.#groups.set(key, [b.id]);
    }
  }

  /** The glossary the term checks use (null: none loaded yet). */
  setGlossary(entries: readonly GlossaryEntry[] | null): void {
    this.#glossary = entries && entries.length > 0 ? prepareGlossary(entries) : null;
  }

  /** The findings the user ignores (from the host). */
  setIgnores(ignores: readonly QaIgnore[]): void {
    this.#ignored = new Set(ignores.map((i) => ignoreId(i.blockId, i.key)));
    this.#bump();
  }

  /** New settings; a change of checks re-runs everything. */
  setSettings(settings: QaSettings): void {
    const checksChanged = settings.checks.join() !== this.#settings.checks.join();
    this.#settings = settings;
    if (checksChanged && this.#ran) this.runAll();
    else this.#bump();
  }

  /** Shows only rows with a finding of `check` (null: no filter). */
  setCheckFilter(check: QaCheck | null): void {
    this.#checkFilter = check;
    this.#bump();
  }

  #unit(blockId: number): QaUnit | null {
    const row = this.#rowOf.get(blockId);
    const block = row === undefined ? undefined : this.#blocks[row];
    return block ? { id: String(block.id), source: block.source, target: this.#target(block.id) } : null;
  }

  /** A row nobody has translated yet: status new and no English. */
  #untouched(blockId: number): boolean {
    return this.#status(blockId) === 'new' && this.#target(blockId).trim() === '';
  }

  #options(): { glossary: QaGlossary | null; checks: ReadonlySet<QaCheck> } {
    return { glossary: this.#glossary, checks: new Set(this.#settings.checks) };
  }

  /** Checks every row now (on load, "Check now", a change of glossary or checks). */
  runAll(): void {
    const options = this.#options();
    const next = new Map<number, QaFinding[]>();
    for (const block of this.#blocks) {
      if (this.#untouched(block.id)) continue;
      const found = checkUnit({ id: String(block.id), source: block.source, target: this.#target(block.id) }, options);
      if (found.length) next.set(block.id, found);
    }
    if (options.checks.has('inconsistent-translation')) {
      for (const ids of this.#groups.values()) {
        if (ids.length < 2) continue;
        for (const f of inconsistentFindings(ids.map((id) => this.#unit(id)!))) {
          const blockId = Number(f.unit);
          next.set(blockId, [...(next.get(blockId) ?? []), f]);
        }
      }
    }
    this.#findings = next;
    this.#ran = true;
    this.#bump();
  }

  /**
   * Re-checks one row whose English changed, and its consistency group. `mode` `full` shows every
   * finding (live checking, confirm); `clear` only drops findings that no longer hold.
   */
  recheck(blockId: number, mode: 'full' | 'clear'): void {
    if (!this.#ran) return;
    const unit = this.#unit(blockId);
    if (!unit) return;
    const options = this.#options();
    const fresh = new Map<number, QaFinding[]>([[blockId, this.#untouched(blockId) ? [] : checkUnit(unit, options)]]);
    const group = this.#groups.get(sourceKey(unit.source)) ?? [blockId];
    if (group.length > 1) {
      for (const id of group) if (!fresh.has(id)) fresh.set(id, (this.#findings.get(id) ?? []).filter((f) => f.check !== 'inconsistent-translation'));
      if (options.checks.has('inconsistent-translation')) {
        for (const f of inconsistentFindings(group.map((id) => this.#unit(id)!))) fresh.get(Number(f.unit))!.push(f);
      }
    }
    let changed = false;
    for (const [id, found] of fresh) {
      const old = this.#findings.get(id) ?? [];
      const keep = mode === 'full' ? found : old.filter((f) => found.some((g) => g.key === f.key));
      if (keep.length === old.length && keep.every((f, k) => f.key === old[k]!.key)) continue;
      if (keep.length) this.#findings.set(id, sortFindings(keep));
      else this.#findings.delete(id);
      changed = true;
    }
    if (changed) this.#bump();
  }

  /** Every finding of a block (ignored ones included). */
  findings(blockId: number): readonly QaFinding[] {
    return this.#findings.get(blockId) ?? [];
  }

  /** Whether the user ignores this finding of this block. */
  isIgnored(blockId: number, finding: QaFinding): boolean {
    return this.#ignored.has(ignoreId(blockId, finding.key));
  }

  /** The findings of a block that are not ignored. */
  active(blockId: number): readonly QaFinding[] {
    return this.findings(blockId).filter((f) => !this.isIgnored(blockId, f));
  }

  /** Marks a finding ignored or not (the caller persists it through the host). */
  setIgnored(blockId: number, key: string, ignored: boolean): void {
    const id = ignoreId(blockId, key);
    if (ignored) this.#ignored.add(id);
    else this.#ignored.delete(id);
    this.#bump();
  }

  /** Findings not ignored, over the document. */
  count(): number {
    let n = 0;
    for (const id of this.#findings.keys()) n += this.active(id).length;
    return n;
  }

  /** The panel's list, by row then check; ignored findings only when `showIgnored`. */
  list(showIgnored: boolean): readonly QaListItem[] {
    if (this.#list?.version === this.#version && this.#list.showIgnored === showIgnored) return this.#list.items;
    const items: QaListItem[] = [];
    for (const [blockId, findings] of this.#findings) {
      const row = this.#rowOf.get(blockId);
      if (row === undefined) continue;
      for (const finding of findings) {
        const ignored = this.isIgnored(blockId, finding);
        if (!ignored || showIgnored) items.push({ blockId, row, finding, ignored });
      }
    }
    items.sort((a, b) => a.row - b.row || (ORDER.get(a.finding.check) ?? 0) - (ORDER.get(b.finding.check) ?? 0));
    this.#list = { version: this.#version, showIgnored, items };
    return items;
  }

  /** True when the block has a finding (not ignored) of `check`, or of any check when null. */
  has(blockId: number, check: QaCheck | null): boolean {
    return this.active(blockId).some((f) => check === null || f.check === check);
  }

  #bump(): void {
    this.#version++;
    for (const listener of this.#listeners) listener();
  }
}

function sortFindings(findings: readonly QaFinding[]): QaFinding[] {
  return [...findings].sort((a, b) => (ORDER.get(a.check) ?? 0) - (ORDER.get(b.check) ?? 0));
}
