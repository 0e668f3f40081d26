import { keymap } from 'prosemirror-keymap';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { TermHit } from '../../../core/glossary/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import type { GlossaryState } from './glossary-state.ts';
import { insertAtCaret, nthTranslation } from './insert.ts';

/** Meta key for pushing new hits into a mounted source view (`tr.setMeta(termHitsKey, hits)`). */
export const termHitsKey = new PluginKey<DecorationSet>('glossary-term-hits');

/** How many hits get an Alt+n shortcut. */
export const MAX_SHORTCUT = 9;

/**
 * Inline decorations for term hits. The source document is `doc > paragraph > text`, so text
 * offset u is document position u + 1. Each hit carries its entry ids and its 1-based number
 * (the Alt+n shortcut) and is focusable, so the card can be opened from the keyboard.
 */
export function termDecorations(doc: Parameters<typeof DecorationSet.create>[0], hits: readonly TermHit[]): DecorationSet {
  return DecorationSet.create(
    doc,
    hits.map((hit, i) =>
      Decoration.inline(hit.start + 1, hit.end + 1, {
        class: 'term-hit',
        'data-entry-ids': hit.entryIds.join(' '),
        'data-hit': String(i),
        ...(i < MAX_SHORTCUT ? { 'data-shortcut': String(i + 1) } : {}),
        tabindex: '0',
      }),
    ),
  );
}

const hitOf = (target: EventTarget | null): HTMLElement | null => (target instanceof Element ? (target.closest('.term-hit') as HTMLElement | null) : null);

/**
 * The source-view plugin: term decorations (from the state's cache at creation, replaced by
 * pushed hits when the glossary changes) and the hover card's triggers (pointer and keyboard).
 */
export function sourceTermPlugin(state: GlossaryState, block: BlockDto, timer: { readonly soon: () => void; readonly cancel: () => void }): Plugin<DecorationSet> {
  const open = (el: HTMLElement, viaKeyboard: boolean): void => {
    timer.cancel();
    state.setCard({ blockId: block.id, hitIndex: Number(el.dataset.hit ?? 0), anchor: el, viaKeyboard });
  };
  return new Plugin<DecorationSet>({
    key: termHitsKey,
    state: {
      init: (_config, editorState) => termDecorations(editorState.doc, state.hits(block.id, block.source)),
      apply(tr, old) {
        const pushed = tr.getMeta(termHitsKey) as readonly TermHit[] | undefined;
        return pushed ? termDecorations(tr.doc, pushed) : old.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (editorState) => termHitsKey.getState(editorState),
      handleDOMEvents: {
        mouseover(_view, event) {
          const el = hitOf(event.target);
          // A pressed button means a drag is selecting text: the card would cover what is selected.
          if (el && (event as MouseEvent).buttons === 0) open(el, false);
          return false;
        },
        mousedown(_view, event) {
          // A drag that starts on a term selects text; it does not open (or keep) the term card.
          if (hitOf(event.target)) state.setCard(null);
          return false;
        },
        mouseout(_view, event) {
          if (hitOf(event.target)) timer.soon();
          return false;
        },
        keydown(_view, event) {
          const el = hitOf(event.target);
          if (!el) return false;
          if (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === ' ') {
            open(el, true);
            event.preventDefault();
            return true;
          }
          if (event.key === 'Escape') {
            state.setCard(null);
            return true;
          }
          return false;
        },
      },
    },
  });
}

/**
 * The English-editor plugin: Alt+1…9 inserts the first translation of the n-th term hit of the
 * row's Chinese (hits in source order), and every change of the English is reported to the
 * state so term QA follows typing.
 */
export function targetTermPlugins(state: GlossaryState, block: BlockDto): Plugin[] {
  const keys: Record<string, (s: unknown, d: unknown, view?: EditorView) => boolean> = {};
  for (let n = 1; n <= MAX_SHORTCUT; n++) {
    keys[`Alt-${n}`] = (_s, _d, view) => {
      const text = nthTranslation(state, block.id, n);
      if (!view || view.composing || text === undefined) return false;
      insertAtCaret(view, text);
      return true;
    };
  }
  const report = new Plugin({
    view(view) {
      state.setTarget(block.id, view.state.doc.textContent);
      return {
        update(updated, previous) {
          if (!updated.state.doc.eq(previous.doc)) state.setTarget(block.id, updated.state.doc.textContent);
        },
        destroy: () => state.forgetTarget(block.id),
      };
    },
  });
  return [keymap(keys), report];
}

/** Pushes fresh hits into every mounted source view, e.g. after the glossary changed. */
export function pushHits(state: GlossaryState, forEachSource: (fn: (view: EditorView, blockId: number) => void) => void): void {
  forEachSource((view, blockId) => {
    view.dispatch(view.state.tr.setMeta(termHitsKey, state.hits(blockId, view.state.doc.textContent)));
  });
}
