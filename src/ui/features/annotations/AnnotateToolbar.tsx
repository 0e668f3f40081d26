import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { toasts } from '../../app/toast-store.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';
import { AnnotatePopup } from './AnnotatePopup.tsx';

/** True for the annotate shortcut, Ctrl+Shift+A (Cmd+Shift+A on macOS). */
export function isAnnotateShortcut(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'code' | 'key'>): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && (event.code === 'KeyA' || event.key.toLowerCase() === 'a');
}

/** A key that changes when another span or annotation is opened, so the popup starts afresh. */
function popupKey(popup: NonNullable<AnnotationState['popup']>): string {
  if ('annotation' in popup) return `edit:${popup.annotation.id}`;
  const { blockId, side, start, end } = popup.selection;
  return `new:${blockId}:${side}:${start}:${end}`;
}

/**
 * The project-bar button that annotates the current selection (Chinese or English), the global
 * Ctrl+Shift+A shortcut, and the popup they open. The button keeps the editor's selection
 * (mousedown does not take focus).
 */
export function AnnotateToolbar({ state, actions, env }: { readonly state: AnnotationState; readonly actions: AnnotationActions; readonly env: () => FeatureEnv }) {
  const { t } = useTranslation('annotate');
  useSyncExternalStore(state.subscribe, state.getVersion);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isAnnotateShortcut(event) || event.isComposing) return;
      event.preventDefault();
      if (state.selection) state.setPopup({ selection: state.selection });
      else toasts.show({ message: i18next.t('annotate:toolbar.noSelection') });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [state]);

  return (
    <>
      <button
        type="button"
        className="annotate-button"
        data-testid="annotate-button"
        disabled={!state.selection}
        title={t('toolbar.hint')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => state.selection && state.setPopup({ selection: state.selection })}
      >
        {t('toolbar.annotate')}
      </button>
      {state.popup ? <AnnotatePopup key={popupKey(state.popup)} state={state} actions={actions} env={env} /> : null}
    </>
  );
}
