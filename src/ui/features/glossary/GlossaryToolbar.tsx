import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { toasts } from '../../app/toast-store.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import { draftFromTargetSelection, draftFromSelection, sourceSelection, type SourceSelection } from './add-term.ts';
import type { GlossaryState } from './glossary-state.ts';
import { useTraditionalFold } from './GlossarySettings.tsx';
import { TermCard } from './TermCard.tsx';
import { TermDialog } from './TermDialog.tsx';

/** Delay before a hover card closes, so the pointer can travel from the term to the card. */
const CLOSE_DELAY_MS = 250;

/** The hover-card close timer, shared by the source plugin (term left) and the card (card left). */
export class CloseTimer {
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #close: () => void;

  constructor(close: () => void) {
    this.#close = close;
  }

  /** Closes after {@link CLOSE_DELAY_MS} unless cancelled. */
  readonly soon = (): void => {
    this.cancel();
    this.#timer = setTimeout(this.#close, CLOSE_DELAY_MS);
  };

  /** Cancels a pending close. */
  readonly cancel = (): void => {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  };
}

/**
 * Builds the glossary's toolbar contribution: the "add term" button (also Ctrl+Shift+T while
 * Chinese is selected), plus the hover card and the term dialog, which are mounted once here.
 */
export function makeGlossaryToolbar(state: GlossaryState, env: () => FeatureEnv, timer: CloseTimer) {
  return function GlossaryToolbar() {
    const { t } = useTranslation('glossary');
    // Mounted for as long as the project is open, so the project's script setting lives here.
    useTraditionalFold(state, env().project.path);
    const last = useRef<SourceSelection | null>(null);
    const [hasSelection, setHasSelection] = useState(false);

    useEffect(() => {
      const track = () => {
        const selected = sourceSelection(env().registry, document.getSelection());
        // Keep the last source selection while focus moves to the button; forget it once the
        // user selects or clicks elsewhere in the text.
        if (selected || document.activeElement?.closest('.source, .target')) last.current = selected;
        setHasSelection(last.current !== null);
      };
      const onKey = (event: KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.key.toLowerCase() !== 't') return;
        // The shortcut acts on what is selected now, never on a selection remembered from before.
        event.preventDefault();
        const selection = document.getSelection();
        const selected = sourceSelection(env().registry, selection);
        const draft = selected ? draftFromSelection(env().registry, selected) : draftFromTargetSelection(env().registry, selection);
        if (draft) state.setDialog(draft);
        else toasts.show({ message: i18next.t('glossary:toolbar.noSelection') });
      };
      document.addEventListener('selectionchange', track);
      document.addEventListener('keydown', onKey);
      return () => {
        document.removeEventListener('selectionchange', track);
        document.removeEventListener('keydown', onKey);
      };
    }, []);

    return (
      <>
        <button
          type="button"
          className="glossary-add-term"
          data-testid="add-term"
          title={t('toolbar.addTermHint')}
          aria-keyshortcuts="Control+Shift+T"
          data-has-selection={hasSelection ? 'true' : 'false'}
          // Keep the text selection: a mousedown on a button would otherwise be harmless, but be explicit.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => state.setDialog(draftFromSelection(env().registry, sourceSelection(env().registry, document.getSelection()) ?? last.current))}
        >
          {t('toolbar.addTerm')}
        </button>
        <TermCard state={state} registry={env().registry} onHover={(inside) => (inside ? timer.cancel() : timer.soon())} />
        <TermDialog state={state} api={env().api} />
      </>
    );
  };
}
