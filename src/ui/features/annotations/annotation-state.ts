import type { Annotation, AnnotationLink, BlockComment, Side, TagSet } from '../../../core/annotate/index.ts';
import { DEFAULT_TAG_SET } from '../../../core/annotate/index.ts';
import type { AnnotationBundle } from '../../../shared/feature-dto.ts';
import type { MappedRange } from '../../../shared/feature-dto.ts';

/** A non-empty text selection in one pane of one row; offsets are UTF-16 into that pane's text. */
export interface SpanSelection {
  readonly blockId: number;
  readonly side: Side;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** The pane's whole text when selected (to build quote and context). */
  readonly text: string;
}

interface AnnotationIndex {
  readonly of: readonly Annotation[];
  readonly byId: Map<string, Annotation>;
  readonly byBlock: Map<number, Annotation[]>;
}

/**
 * The annotation feature's client-side state, shared by the panel, the popup and the ProseMirror
 * plugins (which cannot use React state): the loaded bundle, the ranges each mounted English
 * editor has mapped so far (`live`, text offsets), the last selection, hover and link mode.
 * A tiny external store: `subscribe` + `version` for useSyncExternalStore. Listeners run
 * synchronously after every change; quiet changes (live ranges while typing, selection) bump only
 * `version`, so rows are repainted only when highlights change.
 */
export class AnnotationState {
  annotations: readonly Annotation[] = [];
  links: readonly AnnotationLink[] = [];
  comments: readonly BlockComment[] = [];
  tagSet: TagSet = DEFAULT_TAG_SET;
  readonly live = new Map<number, readonly MappedRange[]>();
  selection: SpanSelection | null = null;
  hovered: ReadonlySet<string> = new Set();
  /** The annotation a new link starts from, while the user picks the other end. */
  linkFrom: string | null = null;
  /** The open annotate popup: a new span (selection) or an existing annotation to edit. */
  popup: { readonly selection: SpanSelection } | { readonly annotation: Annotation } | null = null;
  /** Bumped on every change; `paintVersion` when highlights must be redrawn; `bundleVersion` when the data changed. */
  version = 0;
  paintVersion = 0;
  bundleVersion = 0;
  readonly #listeners = new Set<() => void>();
  // Lookups by id and by block, rebuilt when `annotations` / `comments` is replaced: rows mount
  // often (scrolling), and a scan of every annotation per mounted pane adds up.
  #index: AnnotationIndex | null = null;
  #commentIndex: { readonly of: readonly BlockComment[]; readonly byBlock: Map<number, BlockComment[]> } | null = null;

  /** Registers a listener; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The snapshot value for useSyncExternalStore. */
  getVersion = (): number => this.version;

  /** Replaces everything loaded from the host. Live ranges are kept: they are newer than the host. */
  setBundle(bundle: AnnotationBundle): void {
    this.annotations = bundle.annotations;
    this.links = bundle.links;
    this.comments = bundle.comments;
    this.tagSet = bundle.tagSet;
    this.#changed('bundle');
  }

  /** Adds or replaces an annotation (same id). */
  putAnnotation(annotation: Annotation): void {
    const rest = this.annotations.filter((a) => a.id !== annotation.id);
    this.annotations = [...rest, annotation];
    this.#changed('bundle');
  }

  /** Removes an annotation and its links. */
  removeAnnotation(id: string): void {
    this.annotations = this.annotations.filter((a) => a.id !== id);
    this.links = this.links.filter((l) => l.sourceId !== id && l.targetId !== id);
    if (this.linkFrom === id) this.linkFrom = null;
    this.#changed('bundle');
  }

  /** Adds or replaces a link. */
  putLink(link: AnnotationLink): void {
    // Edited in place, so the list does not jump; new links go last.
    this.links = this.links.some((l) => l.id === link.id) ? this.links.map((l) => (l.id === link.id ? link : l)) : [...this.links, link];
    this.#changed('bundle');
  }

  /** Adds or replaces a block comment. */
  putComment(comment: BlockComment): void {
    this.comments = [...this.comments.filter((c) => c.id !== comment.id), comment];
    this.#changed('bundle');
  }

  /** Removes a block comment. */
  removeComment(id: string): void {
    this.comments = this.comments.filter((c) => c.id !== id);
    this.#changed('bundle');
  }

  /** The block whose pane had the focus last (for commenting on "this row"). */
  focusedBlock: number | null = null;

  /** Records the block whose pane has the focus. */
  setFocusedBlock(blockId: number): void {
    if (this.focusedBlock === blockId) return;
    this.focusedBlock = blockId;
    this.#changed('quiet');
  }

  /** Removes a link. */
  removeLink(id: string): void {
    this.links = this.links.filter((l) => l.id !== id);
    this.#changed('bundle');
  }

  /** Replaces the tag set (highlight colours change). */
  setTagSet(tagSet: TagSet): void {
    this.tagSet = tagSet;
    this.#changed('bundle');
  }

  /** Records what a mounted English editor mapped (called after each of its transactions). */
  setLive(blockId: number, ranges: readonly MappedRange[]): void {
    const before = this.live.get(blockId);
    this.live.set(blockId, ranges);
    // A row without target spans mounting (or staying without) changes nothing anyone shows.
    if (ranges.length === 0 && (before?.length ?? 0) === 0) return;
    this.#changed('quiet');
  }

  /** Records the current selection (null when it collapsed). */
  setSelection(selection: SpanSelection | null): void {
    const same =
      selection === this.selection ||
      (selection !== null && this.selection !== null && selection.blockId === this.selection.blockId && selection.side === this.selection.side && selection.start === this.selection.start && selection.end === this.selection.end);
    if (same) return;
    this.selection = selection;
    this.#changed('quiet');
  }

  /** Marks annotations to emphasise (a hovered link's two ends). */
  setHovered(ids: readonly string[]): void {
    this.hovered = new Set(ids);
    this.#changed('paint');
  }

  /** Category given to the next link ('' until chosen: then the first tag, or "translation shift"). */
  linkCategory = '';

  /** Starts (id) or ends (null) picking the second end of a link. */
  setLinkFrom(id: string | null): void {
    this.linkFrom = id;
    if (id !== null && !this.tagSet.tags.some((tag) => tag.name === this.linkCategory)) {
      this.linkCategory = this.tagSet.tags.find((tag) => tag.name === 'translation shift')?.name ?? this.tagSet.tags[0]?.name ?? '';
    }
    this.#changed('quiet');
  }

  /** Chooses the category of the link being made. */
  setLinkCategory(category: string): void {
    this.linkCategory = category;
    this.#changed('quiet');
  }

  /** The last failed host call, shown in the panel until the next success. */
  error: unknown = null;

  /** Records (or clears) a failure to show. */
  setError(error: unknown): void {
    this.error = error;
    this.#changed('quiet');
  }

  /** Opens (or with null closes) the annotate popup. */
  setPopup(popup: AnnotationState['popup']): void {
    this.popup = popup;
    this.#changed('quiet');
  }

  /** Annotations on one side of one block, orphans excluded. */
  placed(blockId: number, side: Side): Annotation[] {
    return (this.#indexed().byBlock.get(blockId) ?? []).filter((a) => a.side === side && !a.orphaned);
  }

  /** The annotation with this id. */
  byId(id: string): Annotation | undefined {
    return this.#indexed().byId.get(id);
  }

  /** The block comments of one block, in load order. */
  commentsOf(blockId: number): readonly BlockComment[] {
    if (this.#commentIndex?.of !== this.comments) {
      const byBlock = new Map<number, BlockComment[]>();
      for (const c of this.comments) byBlock.set(c.blockId, [...(byBlock.get(c.blockId) ?? []), c]);
      this.#commentIndex = { of: this.comments, byBlock };
    }
    return this.#commentIndex.byBlock.get(blockId) ?? [];
  }

  #indexed(): AnnotationIndex {
    if (this.#index?.of !== this.annotations) {
      const byId = new Map<string, Annotation>();
      const byBlock = new Map<number, Annotation[]>();
      for (const a of this.annotations) {
        if (!byId.has(a.id)) byId.set(a.id, a); // the first, as find() did
        const list = byBlock.get(a.blockId);
        if (list) list.push(a);
        else byBlock.set(a.blockId, [a]);
      }
      this.#index = { of: this.annotations, byId, byBlock };
    }
    return this.#index;
  }

  /**
   * Where an annotation is now: for target spans the editor's mapped range if it has one (the
   * host learns it with the next save), else the stored offsets. `collapsed` means its text was
   * deleted while editing; the host will keep it as an orphan.
   */
  where(annotation: Annotation): { start: number; end: number; collapsed: boolean } {
    const range = annotation.side === 'target' ? this.live.get(annotation.blockId)?.find((r) => r.id === annotation.id) : undefined;
    if (!range) return { start: annotation.start, end: annotation.end, collapsed: false };
    return { start: range.start, end: range.end, collapsed: range.start >= range.end };
  }

  #changed(kind: 'bundle' | 'paint' | 'quiet'): void {
    this.version += 1;
    if (kind !== 'quiet') this.paintVersion += 1;
    if (kind === 'bundle') this.bundleVersion += 1;
    for (const listener of [...this.#listeners]) listener();
  }
}
